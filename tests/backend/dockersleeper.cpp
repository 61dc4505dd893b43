// A tiny stand-in for the pub image in Docker tests, linked statically so that an image FROM scratch
// can run it. Without arguments it waits for SIGTERM or SIGINT, like a pub; it exits with 1 at once
// when SSB_EXTERNAL_HOST starts with "fail", to stand for a pub that crashes; and
// `dockersleeper print <stdout> <stderr> <exit code>` is something to exec.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc == 5 && std::strcmp(argv[1], "print") == 0) {
        std::fputs(argv[2], stdout);
        std::fputs(argv[3], stderr);
        return std::atoi(argv[4]);
    }
    const char *host = std::getenv("SSB_EXTERNAL_HOST");
    if (host && std::strncmp(host, "fail", 4) == 0) {
        std::fputs("pretending to crash\n", stderr);
        return 1;
    }
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    int received = 0;
    sigwait(&signals, &received);
    return 0;
}
