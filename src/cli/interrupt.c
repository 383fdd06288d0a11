/*
 * interrupt.c - how a command ends early: --timeout SECONDS (a timer), Ctrl-C, kill or a hangup.
 * Each removes the temporary file of an output being written (mg_remove_temporary_files), so an
 * interrupted command leaves its existing outputs as they were and nothing beside them. A timeout
 * then says so and exits EXIT_TIMEOUT (124, as timeout(1)); a signal is raised again with its
 * default action, so the caller sees the conventional death by that signal (status 128 + n).
 *
 * Graphviz's layout cannot poll a flag, so the work is stopped from the handler itself, which
 * therefore calls only async-signal-safe functions (unlink, write, sigaction, raise, _exit).
 * A closed pipe on standard output (`mechgraph nodes | head -1`) is a quiet stop, as in git: the
 * reader has all it wanted, so the command ends at once with status 0 and says nothing. Any other
 * closed pipe and a file-size limit are write errors (EPIPE, EFBIG) rather than signals that kill
 * the process mid-write: main.c reports them and exits 1.
 */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

/* Written by the timer's handler: formatted beforehand, since the handler may not format. */
static char timeout_message[96];
static size_t timeout_length;

static void on_signal(int sig)
{
    int saved_errno = errno;
    mg_remove_temporary_files();
    if (sig == SIGALRM) {
        ssize_t ignored = write(STDERR_FILENO, timeout_message, timeout_length);
        (void)ignored;
        _exit(EXIT_TIMEOUT);
    }
    /* die by the signal itself: restore its default action, unblock it and raise it again */
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    errno = saved_errno;
    _exit(128 + sig); /* not reached */
}

/* Whether standard output is a pipe or socket whose reader is gone: poll reports POLLERR on the
 * write end of a pipe without readers (POLLHUP on a socket). poll is async-signal-safe. */
static bool stdout_reader_gone(void)
{
    struct pollfd p = {.fd = STDOUT_FILENO, .events = 0, .revents = 0};
    return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

/* SIGPIPE: a write met a pipe without a reader. When it is stdout's, stop quietly with status 0
 * (nothing more can reach the reader); otherwise return, and the write fails with EPIPE. */
static void on_pipe(int sig)
{
    (void)sig;
    int saved_errno = errno;
    if (stdout_reader_gone()) {
        mg_remove_temporary_files();
        _exit(EXIT_SUCCESS_);
    }
    errno = saved_errno;
}

static void handle(int sig, bool unless_ignored)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask); /* one handler at a time */
    if (unless_ignored && sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    sigaction(sig, &sa, NULL);
}

void cli_signals_install(void)
{
    /* a signal ignored when we start (nohup, a background job) stays ignored, by convention */
    handle(SIGINT, true);
    handle(SIGTERM, true);
    handle(SIGHUP, true);
    struct sigaction pipe_action;
    memset(&pipe_action, 0, sizeof pipe_action);
    pipe_action.sa_handler = on_pipe;
    sigfillset(&pipe_action.sa_mask);
    sigaction(SIGPIPE, &pipe_action, NULL);
    signal(SIGXFSZ, SIG_IGN);
}

int cli_timeout_arm(const cli_command *cmd, const char *text)
{
    char *end;
    errno = 0;
    double seconds = strtod(text, &end);
    if (end != text && *end == 's' && end[1] == '\0') end++; /* "30s", as timeout(1) takes it */
    if (errno || end == text || *end || !isfinite(seconds) || seconds < 0 || seconds > 1e8)
        return cli_usage_error(cmd, "--timeout expects a number of seconds from 0 to 1e8, got '%s'", text);
    if (seconds == 0) return 0; /* no limit, as timeout 0 */
    snprintf(timeout_message, sizeof timeout_message, "mechgraph: stopped after %g s (--timeout)\n", seconds);
    timeout_length = strlen(timeout_message);
    handle(SIGALRM, false);
    struct itimerval t;
    memset(&t, 0, sizeof t);
    t.it_value.tv_sec = (time_t)seconds;
    t.it_value.tv_usec = (suseconds_t)((seconds - (double)t.it_value.tv_sec) * 1e6);
    if (t.it_value.tv_sec == 0 && t.it_value.tv_usec == 0) t.it_value.tv_usec = 1; /* zero would disarm */
    if (setitimer(ITIMER_REAL, &t, NULL) != 0) {
        cli_error("unable to set the timer of --timeout: %s", strerror(errno));
        return EXIT_DATA;
    }
    return 0;
}
