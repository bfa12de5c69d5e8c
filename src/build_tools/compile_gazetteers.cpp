// Compiles the shipped TSV gazetteers into the image linked into gazette, at build time:
//   compile_gazetteers OUT.gzt NAME=FILE.tsv...
// NAME is what `gazette gazetteer stats` shows for the file ("builtin:companies.tsv").
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "match/gazetteer.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compile_gazetteers OUT.gzt NAME=FILE.tsv...\n";
    return 2;
  }
  gazette::match::Gazetteer gazetteer;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::size_t eq = arg.find('=');
    if (eq == std::string::npos) {
      std::cerr << "compile_gazetteers: expected NAME=FILE, got " << arg << "\n";
      return 2;
    }
    std::ifstream in(arg.substr(eq + 1), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << "compile_gazetteers: cannot read " << arg.substr(eq + 1) << "\n";
      return 2;
    }
    gazette::match::GazetteerError error;
    if (!gazetteer.add_tsv(arg.substr(0, eq), text.str(), error)) {
      std::cerr << "compile_gazetteers: " << error.message() << "\n";
      return 2;
    }
  }
  gazetteer.finish();
  std::string image;
  gazetteer.write_image(image);
  std::ofstream out(argv[1], std::ios::binary);
  out.write(image.data(), static_cast<std::streamsize>(image.size()));
  out.close();
  if (!out) {
    std::cerr << "compile_gazetteers: cannot write " << argv[1] << "\n";
    return 2;
  }
  return 0;
}
