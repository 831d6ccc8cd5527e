// SPDX-License-Identifier: GPL-3.0-or-later
#include "local_group.h"

#include "promoterlab/errors.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <thread>

namespace promoterlab::cli {

namespace {

// A port the kernel has just handed out, so that two groups on one machine do not collide.
int freeLoopbackPort()
{
    const int socketFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socketFd < 0)
        throw Error(std::string("no socket for the group's rendezvous: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool bound = ::bind(socketFd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(socketFd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(socketFd);
    if (!bound)
        throw Error(std::string("no free port on 127.0.0.1 for the group's rendezvous: ") + std::strerror(errno));
    return ntohs(address.sin_port);
}

pid_t startRank(int rank, int processes, int port, int threads, const std::vector<std::string>& arguments)
{
    const pid_t child = ::fork();
    if (child < 0)
        throw Error(std::string("could not start rank ") + std::to_string(rank) + ": " + std::strerror(errno));
    if (child > 0)
        return child;
    ::setenv("RANK", std::to_string(rank).c_str(), 1);
    ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
    ::setenv("WORLD_SIZE", std::to_string(processes).c_str(), 1);
    ::setenv("LOCAL_WORLD_SIZE", std::to_string(processes).c_str(), 1);
    ::setenv("MASTER_ADDR", "127.0.0.1", 1);
    ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
    ::setenv("OMP_NUM_THREADS", std::to_string(threads).c_str(), 0);
    std::vector<char*> argv;
    static char name[] = "promoterlab-cli";
    argv.push_back(name);
    for (const auto& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    ::execv("/proc/self/exe", argv.data());
    std::cerr << "rank " << rank << ": could not start promoterlab-cli: " << std::strerror(errno) << "\n";
    ::_exit(127);
}

std::string describeEnding(int status)
{
    if (WIFSIGNALED(status))
        return std::string("was killed by signal ") + std::to_string(WTERMSIG(status)) + " ("
            + ::strsignal(WTERMSIG(status)) + ")";
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

int runLocalGroup(int processes, const std::vector<std::string>& arguments, int port, int graceSeconds)
{
    if (port <= 0)
        port = freeLoopbackPort();
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::max(1, hardware / processes);
    // Ctrl-C reaches every process of the terminal's group: the ranks cancel together and the
    // launcher waits for them instead of leaving them behind.
    ::signal(SIGINT, SIG_IGN);
    std::vector<pid_t> ranks;
    for (int rank = 0; rank < processes; ++rank)
        ranks.push_back(startRank(rank, processes, port, threads, arguments));
    std::cerr << "started " << processes << " processes on 127.0.0.1:" << port << "\n";

    int result = 0;
    int running = processes;
    std::chrono::steady_clock::time_point failedAt;
    while (running > 0) {
        int status = 0;
        const pid_t ended = ::waitpid(-1, &status, result == 0 ? 0 : WNOHANG);
        if (ended <= 0) {
            // Some rank failed and the others have not stopped yet: give them the grace period.
            if (std::chrono::steady_clock::now() - failedAt > std::chrono::seconds(graceSeconds)) {
                for (pid_t pid : ranks)
                    if (pid > 0)
                        ::kill(pid, SIGKILL);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        const auto found = std::find(ranks.begin(), ranks.end(), ended);
        if (found == ranks.end())
            continue;
        const int rank = static_cast<int>(found - ranks.begin());
        *found = -1;
        --running;
        const bool succeeded = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        if (!succeeded && result == 0) {
            result = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            failedAt = std::chrono::steady_clock::now();
            if (result != 130)
                std::cerr << "rank " << rank << " " << describeEnding(status)
                          << "; waiting up to " << graceSeconds << " s for the other ranks to stop\n";
        }
    }
    return result;
}

}  // namespace promoterlab::cli
