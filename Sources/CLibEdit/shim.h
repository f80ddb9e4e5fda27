// Non-variadic wrappers over libedit for Swift: el_set() and history() are C variadic
// functions Swift cannot call, and Swift 6 rejects touching C's global `stdin`.
#ifndef MQT_CLIBEDIT_SHIM_H
#define MQT_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

typedef const char *_Nullable (*mqt_prompt_fn)(EditLine *_Nonnull);
typedef unsigned char (*mqt_key_fn)(EditLine *_Nonnull, int);

/// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8
/// (without a multibyte locale libedit silently drops non-ASCII input).
static inline void mqt_setup_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL || (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "utf8") != 0)) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
}

static inline int mqt_stdin_is_tty(void) { return isatty(STDIN_FILENO); }

/// The stream libedit draws on: the terminal, so stdout when it is one, else stderr (`mqt | tee
/// log` keeps prompts and editing on the screen and out of the log).
static inline FILE *_Nonnull mqt_editor_stream(void) {
    return isatty(STDOUT_FILENO) ? stdout : stderr;
}

/// Writes `text` to the stream libedit draws on and flushes it.
static inline void mqt_write_stdout(const char *_Nonnull text) {
    fputs(text, mqt_editor_stream());
    fflush(mqt_editor_stream());
}

static inline EditLine *_Nullable mqt_el_init(const char *_Nonnull prog) {
    return el_init(prog, stdin, mqt_editor_stream(), stderr);
}

/// Reads the user's libedit settings ($EDITRC, else ~/.editrc): vi mode, key bindings.
static inline int mqt_el_source_editrc(EditLine *_Nonnull e) {
    return el_source(e, NULL);
}

static inline int mqt_el_set_editor(EditLine *_Nonnull e, const char *_Nonnull name) {
    return el_set(e, EL_EDITOR, name);
}

static inline int mqt_el_set_signal(EditLine *_Nonnull e, int on) {
    return el_set(e, EL_SIGNAL, on);
}

/// The prompt may contain terminal escapes wrapped in \1 ... \1 (not counted as width).
static inline int mqt_el_set_prompt(EditLine *_Nonnull e, mqt_prompt_fn _Nonnull fn) {
    return el_set(e, EL_PROMPT_ESC, fn, '\1');
}

static inline int mqt_el_set_clientdata(EditLine *_Nonnull e, void *_Nullable data) {
    return el_set(e, EL_CLIENTDATA, data);
}

static inline void *_Nullable mqt_el_get_clientdata(EditLine *_Nonnull e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Edit-mode tty settings: -isig so ^C reaches our key binding instead of raising SIGINT.
static inline int mqt_el_set_tty_noisig(EditLine *_Nonnull e) {
    return el_set(e, EL_SETTY, "-d", "-isig", NULL);
}

static inline int mqt_el_addfn(EditLine *_Nonnull e, const char *_Nonnull name,
                               const char *_Nonnull help, mqt_key_fn _Nonnull fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}

static inline int mqt_el_bind(EditLine *_Nonnull e, const char *_Nonnull key,
                              const char *_Nonnull fn) {
    return el_set(e, EL_BIND, key, fn, NULL);
}

static inline int mqt_el_set_history(EditLine *_Nonnull e, History *_Nonnull h) {
    return el_set(e, EL_HIST, history, h);
}

/// Terminal width in columns, 80 if unknown.
static inline int mqt_el_columns(EditLine *_Nonnull e) {
    int cols = 0;
    if (el_get(e, EL_GETTC, "co", &cols, NULL) != 0 || cols <= 0) return 80;
    return cols;
}

static inline int mqt_history_setsize(History *_Nonnull h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int mqt_history_setunique(History *_Nonnull h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}

static inline int mqt_history_enter(History *_Nonnull h, const char *_Nonnull line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int mqt_history_load(History *_Nonnull h, const char *_Nonnull path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int mqt_history_save(History *_Nonnull h, const char *_Nonnull path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

// SIGINT while a command runs (the terminal is cooked then, so ^C raises SIGINT).
static volatile sig_atomic_t mqt_sigint_pending = 0;

static inline void mqt_sigint_record(int sig) { (void)sig; mqt_sigint_pending = 1; }

static inline int mqt_sigint_take(void) {
    int was = mqt_sigint_pending != 0;
    mqt_sigint_pending = 0;
    return was;
}

static inline int mqt_sigint_install(void (*_Nullable handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler ? handler : SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &sa, NULL);
}

static inline int mqt_sigint_install_recorder(void) {
    return mqt_sigint_install(mqt_sigint_record);
}

#endif
