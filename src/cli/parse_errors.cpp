#include "cli/parse_errors.h"

#include <fmt/format.h>

namespace gazette::cli {
namespace {

std::string join(const std::vector<std::string>& names, std::string_view separator) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += separator;
    out += n;
  }
  return out;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// CLI11's messages that do not name the option or value the way a user typed them, reworded.
std::string reworded(const CLI::Error& error) {
  const std::string what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    // "The following argument(s) were not expected: --typo x": CLI11 lists them in reverse order.
    std::vector<std::string> args;
    const std::size_t colon = what.find(": ");
    std::string_view rest = colon == std::string::npos ? std::string_view() : std::string_view(what).substr(colon + 2);
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      args.emplace_back(rest.substr(0, space));
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    std::vector<std::string> options, others;
    for (auto it = args.rbegin(); it != args.rend(); ++it)
      (starts_with(*it, "-") && *it != "-" ? options : others).push_back("'" + *it + "'");
    if (!options.empty())
      return fmt::format("unknown option{} {}", options.size() == 1 ? "" : "s", join(options, ", "));
    return fmt::format("unexpected argument{} {}", others.size() == 1 ? "" : "s", join(others, ", "));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) {
    // "Could not convert: --threads = abc"
    static constexpr std::string_view kPrefix = "Could not convert: ";
    if (starts_with(what, kPrefix)) {
      const std::string_view rest = std::string_view(what).substr(kPrefix.size());
      const std::size_t equals = rest.find(" = ");
      if (equals != std::string_view::npos)
        return fmt::format("{}: '{}' is not a valid value", rest.substr(0, equals), rest.substr(equals + 3));
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    // "--threads: 1 required N missing"
    const std::size_t colon = what.find(": ");
    if (colon != std::string::npos && what.find(" required ") != std::string::npos &&
        what.size() >= 8 && what.compare(what.size() - 8, 8, " missing") == 0)
      return what.substr(0, colon) + ": a value is missing";
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&error)) {
    // "--count excludes --quiet"
    const std::size_t at = what.find(" excludes ");
    if (at != std::string::npos) return what.substr(0, at) + " cannot be used with " + what.substr(at + 10);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) && what == "A subcommand is required")
    return "a command is required";
  return what;
}

}  // namespace

CLI::Validator one_of(std::vector<std::string> names) {
  const std::string listed = join(names, ",");
  return CLI::Validator(
      [names = std::move(names)](std::string& value) -> std::string {
        for (const std::string& n : names)
          if (n == value) return {};
        return fmt::format("'{}' is not one of {}", value, join(names, ", "));
      },
      "{" + listed + "}", "one of");
}

CLI::Validator whole_number_from(unsigned long long least) {
  return CLI::Validator(
      [least](std::string& value) -> std::string {
        const bool digits = !value.empty() && value.size() <= 19 &&
                            value.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoull(value) >= least) return {};
        return fmt::format("'{}' is not a whole number of at least {}", value, least);
      },
      "", "whole number");
}

CLI::Validator number_from_to(double low, double high) {
  return CLI::Validator(
      [low, high](std::string& value) -> std::string {
        double number = 0;
        if (CLI::detail::lexical_cast(value, number) && number >= low && number <= high) return {};
        return fmt::format("'{}' is not a number from {} to {}", value, low, high);
      },
      "", "number range");
}

std::string usage_line(std::string_view command) {
  if (command == "extract") return "Usage: gazette [extract] [OPTIONS] [FILE...] (see 'gazette extract --help')";
  if (command == "stats") return "Usage: gazette stats [OPTIONS] [FILE...] (see 'gazette stats --help')";
  if (command == "eval") return "Usage: gazette eval --gold GOLD.jsonl... [OPTIONS] (see 'gazette eval --help')";
  if (command == "check") return "Usage: gazette check [OPTIONS] [PATH...] (see 'gazette check --help')";
  if (starts_with(command, "gazetteer "))
    return fmt::format("Usage: gazette {} [OPTIONS] (see 'gazette {} --help')", command, command);
  if (command == "gazetteer") return "Usage: gazette gazetteer stats|lookup|compile [OPTIONS] (see 'gazette gazetteer --help')";
  return "Usage: gazette COMMAND [OPTIONS] (see 'gazette --help')";
}

std::string parse_error_message(const CLI::Error& error, std::string_view command) {
  return "gazette: " + reworded(error) + "\n" + usage_line(command) + "\n";
}

}  // namespace gazette::cli
