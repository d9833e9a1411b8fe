// icu_baseline FILE: reads FILE and runs ICU's sentence + word segmentation over it, the
// whole-process baseline of tests/bench/compare.sh. Prints "sentences word_boundaries words".
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "icu_segment.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: icu_baseline FILE\n");
    return 2;
  }
  int fd = ::open(argv[1], O_RDONLY);
  struct stat st{};
  if (fd < 0 || ::fstat(fd, &st) != 0) {
    std::perror(argv[1]);
    return 1;
  }
  std::string text(static_cast<size_t>(st.st_size), '\0');  // one read, like speechscan
  size_t got = 0;
  while (got < text.size()) {
    ssize_t n = ::read(fd, text.data() + got, text.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  text.resize(got);
  speechscan::bench::IcuCounts c = speechscan::bench::icu_segment(text);
  if (!c.error.empty()) {
    std::fprintf(stderr, "icu_baseline: %s\n", c.error.c_str());
    return 1;
  }
  std::printf("%lld %lld %lld\n", static_cast<long long>(c.sentences),
              static_cast<long long>(c.word_boundaries), static_cast<long long>(c.words));
  return 0;
}
