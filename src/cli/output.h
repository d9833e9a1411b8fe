// Writing the report to stdout and messages to stderr.
#pragma once

#include <string>
#include <string_view>

namespace speechscan::cli {

// stdout, buffered: pieces smaller than 64 KiB are gathered and written together (one
// write(2) for many short reports), larger ones go straight through. A closed pipe
// (EPIPE) is not an error: the reader has what it wanted, so the run stops quietly.
// Other failures (a full disk) are.
class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output() { flush(); }

  // Returns false when nothing more can be written.
  bool write(std::string_view bytes);
  // Writes what is buffered; returns false when nothing more can be written.
  bool flush();
  bool closed_pipe() const { return closed_pipe_; }
  bool failed() const { return failed_; }
  const std::string& error() const { return error_; }

 private:
  bool write_through(std::string_view bytes);

  static constexpr size_t kBuffer = 64 * 1024;
  std::string pending_;
  bool closed_pipe_ = false;
  bool failed_ = false;
  std::string error_;
};

// "speechscan: message\n" on stderr.
void print_error(std::string_view message);

// Whether colour is wanted on stdout: --color always/never, else a TTY without NO_COLOR.
bool want_color(const std::string& mode);

// Progress on stderr ("[12/1000] path") only when stderr is a terminal.
class Progress {
 public:
  Progress(size_t total, bool enabled);
  void update(size_t done, std::string_view path);
  void finish();

 private:
  size_t total_;
  bool on_;
  bool drawn_ = false;
};

}  // namespace speechscan::cli
