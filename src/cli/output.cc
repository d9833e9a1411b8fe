#include "cli/output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace speechscan::cli {

bool Output::write(std::string_view bytes) {
  if (closed_pipe_ || failed_) return false;
  if (pending_.size() + bytes.size() <= kBuffer) {
    pending_.append(bytes);
    return true;
  }
  if (!flush()) return false;
  if (bytes.size() < kBuffer) {
    pending_.append(bytes);
    return true;
  }
  return write_through(bytes);
}

bool Output::flush() {
  if (pending_.empty()) return !(closed_pipe_ || failed_);
  bool ok = write_through(pending_);
  pending_.clear();
  return ok;
}

bool Output::write_through(std::string_view bytes) {
  if (closed_pipe_ || failed_) return false;
  while (!bytes.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) {
        closed_pipe_ = true;
      } else {
        failed_ = true;
        error_ = std::string("cannot write the report: ") + std::strerror(errno);
      }
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void print_error(std::string_view message) {
  std::string line = fmt::format("speechscan: {}\n", message);
  ssize_t unused = ::write(STDERR_FILENO, line.data(), line.size());
  (void)unused;
}

bool want_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

Progress::Progress(size_t total, bool enabled)
    : total_(total), on_(enabled && total > 1 && ::isatty(STDERR_FILENO) == 1) {}

void Progress::update(size_t done, std::string_view path) {
  if (!on_) return;
  std::string line = fmt::format("\r\x1b[K[{}/{}] {}", done, total_, path.substr(0, 60));
  ssize_t unused = ::write(STDERR_FILENO, line.data(), line.size());
  (void)unused;
  drawn_ = true;
}

void Progress::finish() {
  if (!on_ || !drawn_) return;
  ssize_t unused = ::write(STDERR_FILENO, "\r\x1b[K", 4);
  (void)unused;
}

}  // namespace speechscan::cli
