export const id = 338;
export const ids = [338];
export const modules = {

/***/ 338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RENEWER_STATE: () => (/* binding */ RENEWER_STATE),
/* harmony export */   TOKEN_FILE_STATE: () => (/* binding */ TOKEN_FILE_STATE),
/* harmony export */   createTokenFile: () => (/* binding */ createTokenFile),
/* harmony export */   renewerOrders: () => (/* binding */ renewerOrders),
/* harmony export */   startRenewer: () => (/* binding */ startRenewer)
/* harmony export */ });
/* unused harmony exports readRenewerState, stopRenewer, removeTokenFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * `token-file` and `keep-fresh`: the token in a file of the job's user in `RUNNER_TEMP`,
 * and a detached renewer process (dist/renewer/index.js) that keeps it valid until the post
 * step stops it. The renewer gets its orders through a pipe, never a file: nothing on
 * disk holds a secret but the token in its own file. Its failures go to a log (0600,
 * redacted) that the post step prints as warnings.
 */







/** State names (`STATE_token-file`, `STATE_renewer` in the post step). */
const TOKEN_FILE_STATE = 'token-file';
const RENEWER_STATE = 'renewer';
/** The renewer's entry, relative to dist/. */
const RENEWER_SCRIPT = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)('renewer', 'index.js');
/** The names of the token file and the renewer's log, each followed by 16 random hex digits. */
const TOKEN_FILE_PREFIX = 'oauth-token';
const RENEWER_LOG_PREFIX = 'oauth-token-renewer';
/** Where the job's own temporary files go. */
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
}
function uniqueName(prefix, suffix = '') {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(runnerTemp(), `${prefix}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex')}${suffix}`);
}
/**
 * Whether `path` is a name {@link uniqueName} gives in `RUNNER_TEMP`: the post step reads
 * and deletes no other file, whatever a saved state names.
 */
function isOwnTempFile(path, prefix, suffix = '') {
    const name = basename(path);
    const random = name.slice(prefix.length + 1, name.length - suffix.length);
    return resolve(dirname(path)) === resolve(runnerTemp()) && name === `${prefix}-${random}${suffix}` && /^[0-9a-f]{16}$/.test(random);
}
/** Writes the token (alone, no newline) to a new 0600 file in `RUNNER_TEMP`; returns its path. */
function createTokenFile(accessToken) {
    const file = uniqueName(TOKEN_FILE_PREFIX);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(file, accessToken, { mode: 0o600, flag: 'wx' });
    return file;
}
/**
 * Starts the renewer, detached so it outlives the main step, and hands it its orders on
 * stdin; its stdout and stderr go to a new 0600 log.
 */
function startRenewer(orders) {
    const log = uniqueName(RENEWER_LOG_PREFIX, '.log');
    const logFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(log, 'wx', 0o600);
    try {
        // The runner starts `node <action>/dist/index.js`; the renewer is built beside it, in a folder of its own
        // (dist/renewer/), since its chunks would clash by name with the main step's.
        const script = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(process.argv[1] ?? '.'), RENEWER_SCRIPT);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [script], { detached: true, windowsHide: true, stdio: ['pipe', logFd, logFd] });
        // A renewer that dies at once is reported by the post step; the main step must not crash on the broken pipe.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(JSON.stringify(orders));
        child.unref();
        if (child.pid === undefined)
            throw new Error('the renewer process could not be started');
        return { pid: child.pid, log };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(logFd);
    }
}
/** The renewer's orders for `result`, obtained at `obtainedAt`. */
function renewerOrders(options, file, revoke, result, obtainedAt) {
    const { raw: _raw, ...token } = result.token;
    return { options, file, revoke, held: { token, tokenEndpoint: result.tokenEndpoint.href, revocationEndpoint: result.revocationEndpoint?.href, obtainedAt } };
}
function readRenewerState(core) {
    return readSavedState(core, RENEWER_STATE, isRenewerState);
}
function isRenewerState(value) {
    const state = value;
    return typeof state === 'object' && state !== null && Number.isInteger(state.pid) && typeof state.log === 'string' && isOwnTempFile(state.log, RENEWER_LOG_PREFIX, '.log');
}
/** How long the renewer may take to stop (a renewal under way, a revocation). */
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/**
 * Stops the renewer (SIGTERM: it finishes, revokes if asked, deletes the file), waits for
 * it, then prints its log: `info:` lines as notices, all others as warnings.
 */
async function stopRenewer(core, state) {
    if (isRenewer(state.pid)) {
        process.kill(state.pid, 'SIGTERM');
        const deadline = Date.now() + STOP_TIMEOUT_MS;
        while (isRenewer(state.pid) && Date.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (isRenewer(state.pid)) {
            core.warning('The token renewer did not stop in time; killed it');
            process.kill(state.pid, 'SIGKILL');
        }
    }
    else {
        core.warning('The token renewer had stopped before the end of the job; the token file may have expired');
    }
    printLog(core, state.log);
}
function printLog(core, log) {
    if (!existsSync(log))
        return;
    // The log also holds whatever Node wrote to the renewer's stderr: each line is neutralised after its
    // prefix is cut, since the runner reads a line that starts with `::` as a workflow command.
    for (const line of readFileSync(log, 'utf8')
        .split('\n')
        .filter((text) => text.trim())) {
        if (line.startsWith('info: '))
            core.info(neutralize(line.slice('info: '.length), MAX_LINE_LENGTH));
        else
            core.warning(`Token renewer: ${neutralize(line.replace(/^warning: /, ''), MAX_LINE_LENGTH)}`);
    }
    rmSync(log, { force: true });
}
/**
 * Whether `pid` is still our renewer: alive (a zombie no longer counts) and, where
 * /proc tells, running the renewer's script, so a reused pid is never signalled.
 */
function isRenewer(pid) {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    const proc = `/proc/${pid}`;
    if (!existsSync(proc))
        return true;
    try {
        const stat = readFileSync(`${proc}/stat`, 'utf8');
        const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
        return !zombie && readFileSync(`${proc}/cmdline`, 'utf8').includes(RENEWER_SCRIPT);
    }
    catch {
        return false;
    }
}
/** Deletes the token file the main step saved, if any (the renewer normally has already). */
function removeTokenFile(core) {
    const file = core.getState(TOKEN_FILE_STATE);
    if (file && isOwnTempFile(file, TOKEN_FILE_PREFIX))
        rmSync(file, { force: true });
}


/***/ })

};
