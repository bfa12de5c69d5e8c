#include "check/markup.h"

#include <algorithm>
#include <cstring>

namespace gazette::check {
namespace {

void blank(std::string& s, std::size_t begin, std::size_t end) {
  end = std::min(end, s.size());
  for (std::size_t i = begin; i < end; ++i)
    if (s[i] != '\n') s[i] = ' ';
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Whether `s` starts with `prefix` (lower-case ASCII), in any case.
bool starts_with_ascii_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Bare URLs and e-mail addresses: a whitespace-delimited run that starts with a scheme or
// "www." or holds an '@' between word characters. Trailing sentence punctuation stays prose.
// Runs on every document, so only the runs holding "@", "://" or "www." (every address does)
// are looked at, found by one pass over the bytes.
void blank_addresses(std::string& s) {
  for (std::size_t p = 0; p < s.size(); ++p) {
    const char c = s[p];
    const bool candidate = c == '@' || (c == ':' && s.compare(p + 1, 2, "//") == 0) ||
                           (c == '.' && p >= 3 && starts_with_ascii_ci(std::string_view(s).substr(p - 3), "www"));
    if (!candidate) continue;
    std::size_t i = p;
    while (i > 0 && !is_space(s[i - 1])) --i;
    std::size_t end = p;
    while (end < s.size() && !is_space(s[end])) ++end;
    std::string_view run(s.data() + i, end - i);
    // Opening brackets and quotes before the address are prose.
    std::size_t lead = 0;
    while (lead < run.size() && std::strchr("([<\"'", run[lead])) ++lead;
    const std::string_view body = run.substr(lead);
    const bool url = starts_with_ascii_ci(body, "http://") || starts_with_ascii_ci(body, "https://") ||
                     starts_with_ascii_ci(body, "www.") || starts_with_ascii_ci(body, "ftp://");
    const std::size_t at = body.find('@');
    const bool mail =
        at != std::string_view::npos && at > 0 && at + 1 < body.size() && body.find('.', at) != std::string_view::npos;
    if (url || mail) {
      std::size_t stop = body.size();
      while (stop > 0 && std::strchr(".,;:!?)]>\"'", body[stop - 1])) --stop;
      blank(s, i + lead, i + lead + stop);
    }
    p = end;  // the run is done
  }
}

// <!-- comments -->, <tags ...>, and what <script> and <style> hold.
void blank_html(std::string& s) {
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t close = s.find("-->", i + 4);
      close = close == std::string::npos ? s.size() : close + 3;
      blank(s, i, close);
      i = close;
      continue;
    }
    const bool closing = i + 1 < s.size() && s[i + 1] == '/';
    const std::size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= s.size() || !(is_ascii_letter(s[name_at]) || s[name_at] == '!' || s[name_at] == '?')) {
      ++i;
      continue;
    }
    std::size_t close = s.find('>', i);
    if (close == std::string::npos) break;
    std::size_t name_end = name_at;
    while (name_end < close && (is_ascii_letter(s[name_end]) || (s[name_end] >= '0' && s[name_end] <= '9'))) ++name_end;
    const std::string name = lower_ascii(std::string_view(s).substr(name_at, name_end - name_at));
    blank(s, i, close + 1);
    i = close + 1;
    if (!closing && (name == "script" || name == "style" || name == "code" || name == "pre")) {
      const std::string end_tag = "</" + name;
      std::size_t stop = i;
      // The closing tag may be written in any case.
      while (stop < s.size() && lower_ascii(std::string_view(s).substr(stop, end_tag.size())) != end_tag) ++stop;
      blank(s, i, stop);
      i = stop;
    }
  }
}

// `code` spans: a run of n backticks up to the next run of exactly n.
void blank_inline_code(std::string& s) {
  std::size_t i = 0;
  while ((i = s.find('`', i)) != std::string::npos) {
    std::size_t n = 0;
    while (i + n < s.size() && s[i + n] == '`') ++n;
    std::size_t j = i + n;
    bool closed = false;
    while ((j = s.find('`', j)) != std::string::npos) {
      std::size_t m = 0;
      while (j + m < s.size() && s[j + m] == '`') ++m;
      if (m == n) {
        blank(s, i, j + m);
        i = j + m;
        closed = true;
        break;
      }
      j += m;
    }
    if (!closed) i += n;
  }
}

// Link and image destinations: "](target)".
void blank_link_targets(std::string& s) {
  std::size_t i = 0;
  while ((i = s.find("](", i)) != std::string::npos) {
    const std::size_t close = s.find(')', i + 2);
    const std::size_t newline = s.find('\n', i + 2);
    if (close == std::string::npos || (newline != std::string::npos && newline < close)) {
      i += 2;
      continue;
    }
    blank(s, i + 1, close + 1);
    i = close + 1;
  }
}

// Fenced code blocks (``` or ~~~) and a YAML front matter.
void blank_blocks(std::string& s) {
  std::size_t pos = 0;
  char fence = 0;
  std::size_t fence_length = 0, block_start = 0;
  bool front_matter = s.compare(0, 4, "---\n") == 0 || s.compare(0, 5, "---\r\n") == 0;
  while (pos < s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string::npos) eol = s.size();
    std::string_view line(s.data() + pos, eol - pos);
    if (front_matter) {
      if (pos > 0 && (line == "---" || line == "---\r" || line == "..." || line == "...\r")) {
        blank(s, 0, eol);
        front_matter = false;
      }
    } else {
      std::size_t indent = 0;
      while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
      const std::string_view rest = line.substr(indent);
      std::size_t run = 0;
      while (run < rest.size() && (rest[run] == '`' || rest[run] == '~') && rest[run] == rest[0]) ++run;
      if (indent < 4 && run >= 3) {
        if (!fence) {
          fence = rest[0];
          fence_length = run;
          block_start = pos;
        } else if (rest[0] == fence && run >= fence_length) {
          blank(s, block_start, eol);
          fence = 0;
        }
      }
    }
    pos = eol + 1;
  }
  if (fence) blank(s, block_start, s.size());  // an unclosed fence runs to the end
}

}  // namespace

Syntax syntax_for_path(std::string_view path) {
  const std::string low = lower_ascii(path);
  if (ends_with(low, ".md") || ends_with(low, ".markdown") || ends_with(low, ".mdx")) return Syntax::markdown;
  if (ends_with(low, ".html") || ends_with(low, ".htm") || ends_with(low, ".xhtml")) return Syntax::html;
  return Syntax::text;
}

bool parse_syntax(std::string_view name, Syntax& out) {
  if (name == "text")
    out = Syntax::text;
  else if (name == "markdown")
    out = Syntax::markdown;
  else if (name == "html")
    out = Syntax::html;
  else
    return false;
  return true;
}

std::string prose_only(std::string_view original, Syntax syntax) {
  std::string s(original);
  if (syntax == Syntax::markdown) {
    blank_blocks(s);
    blank_inline_code(s);
    blank_link_targets(s);
  }
  if (syntax != Syntax::text) blank_html(s);
  blank_addresses(s);
  return s;
}

}  // namespace gazette::check
