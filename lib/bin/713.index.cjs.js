"use strict";
exports.id = 713;
exports.ids = [713];
exports.modules = {

/***/ 713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExec: () => (/* binding */ runExec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_token_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(776);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(175);
/**
 * `oauth-token exec [options] -- COMMAND [ARGS...]`: runs COMMAND with a token that stays
 * valid for as long as it runs. COMMAND gets `ACCESS_TOKEN`, `TOKEN_TYPE` and `EXPIRES_AT`
 * (the first token) and `ACCESS_TOKEN_FILE`, a file of its user's only that is rewritten
 * with a renewed token before the old one expires. Signals are passed on to COMMAND, the
 * file is deleted when it ends, and its exit status is ours.
 */







/** What COMMAND gets when it cannot be started (as a shell says "command not found"). */
const EXIT_NOT_RUN = 127;
/** The signals a terminal or a CI runner sends to stop a job; each is passed on to COMMAND. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
/** Runs `exec`; resolves to COMMAND's exit status (128 + signal number when a signal ended it). */
async function runExec(args, env, io) {
    const separator = args.indexOf('--');
    const command = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .RM)(separator < 0 ? args : args.slice(0, separator), env);
    if (command.action === 'help') {
        io.stdout((await __webpack_require__.e(/* import() | help */ 22).then(__webpack_require__.bind(__webpack_require__, 911))).helpText());
        return 0;
    }
    const [program, ...programArgs] = separator < 0 ? [] : args.slice(separator + 1);
    if (command.action !== 'token' || !program)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('exec needs a command: oauth-token exec [options] -- COMMAND [ARGS...]');
    // Nothing is printed for COMMAND to read: an --output would be silently ignored.
    if (command.output !== 'token')
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('exec takes no --output: COMMAND gets the token in ACCESS_TOKEN and ACCESS_TOKEN_FILE');
    const { createRenewingSource } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .requestMachinery */ .cy)();
    const source = createRenewingSource(command.options, (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runtimeOf */ .GV)(command, io.secrets, io.report));
    const token = await source.token();
    // A folder of our own (mkdtemp: 0700) so that nobody can plant or swap the file.
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.XDG_RUNTIME_DIR || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'oauth-token-exec-'));
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'access-token');
    try {
        (0,_core_token_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)(file, token.accessToken);
        const keeper = (0,_core_token_file_js__WEBPACK_IMPORTED_MODULE_4__/* .keepTokenFile */ .pZ)(source, file, { failed: (error, retryInMs) => io.report((0,_core_token_file_js__WEBPACK_IMPORTED_MODULE_4__/* .renewalFailedLine */ .SG)(error, retryInMs, (text) => io.secrets.redact(text))) });
        try {
            return await runCommand(program, programArgs, {
                ...env,
                ACCESS_TOKEN: token.accessToken,
                TOKEN_TYPE: token.tokenType,
                EXPIRES_AT: token.expiresAt ?? '',
                ACCESS_TOKEN_FILE: file
            }, io.report);
        }
        finally {
            await keeper.stop();
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Runs COMMAND with our stdio, passing signals on; resolves to its exit status. */
function runCommand(program, args, env, report) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, { env, stdio: 'inherit' });
        const forward = (signal) => child.kill(signal);
        for (const signal of FORWARDED_SIGNALS)
            process.on(signal, forward);
        const settle = (status) => {
            for (const signal of FORWARDED_SIGNALS)
                process.off(signal, forward);
            resolve(status);
        };
        child.on('error', (error) => {
            report(`could not run the command (${error.code ?? 'error'})`);
            settle(EXIT_NOT_RUN);
        });
        child.on('exit', (code, signal) => settle(code ?? 128 + (signal ? node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals[signal] : 0)));
    });
}


/***/ })

};
;