// spawn_time CMD [ARGS...]: runs CMD once with stdout to /dev/null and prints
// "wall_us peak_rss_kib cpu_us" for it alone: the clock starts at posix_spawn and stops
// when wait4 returns, so no shell, `date` or `time` process start-up is in the figure
// (it was a tenth of a 36 ms run). This process is small, so the child's peak RSS
// (which counts the pages it shared with its parent before exec) is its own.
// The child's stderr goes to ./spawn_time.stderr for the caller to show on failure.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>

extern char** environ;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: spawn_time CMD [ARGS...]\n");
    return 2;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "spawn_time.stderr", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  timespec t0{}, t1{};
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[1], &actions, nullptr, argv + 1, environ) != 0) {
    std::perror(argv[1]);
    return 2;
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) {
    std::perror("wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long long wall_us = (t1.tv_sec - t0.tv_sec) * 1000000LL + (t1.tv_nsec - t0.tv_nsec) / 1000;
  long long cpu_us = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec +
                     usage.ru_stime.tv_usec;
  std::printf("%lld %ld %lld\n", wall_us, usage.ru_maxrss, cpu_us);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
