// The action's floor: the same token request from a minimal action that keeps
// @actions/core (the runner protocol's reference implementation): three inputs, one
// POST with node:http, the token masked and two step outputs. bench/run.mjs bundles it
// with ncc into .bench/, as dist/index.js is bundled, so it carries the same
// dependencies (the undici stand-in included) and runs in the same runner environment.
import * as core from '@actions/core';
import http from 'node:http';

const body = 'grant_type=client_credentials';
const basic = Buffer.from(`${core.getInput('client-id')}:${core.getInput('client-secret')}`).toString('base64');
const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length, Authorization: `Basic ${basic}` };
http
  .request(core.getInput('token-url'), { method: 'POST', headers }, (res) => {
    let text = '';
    res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
    res.on('end', () => {
      const token = JSON.parse(text);
      core.setSecret(token.access_token);
      core.setOutput('access_token', token.access_token);
      core.setOutput('token_type', token.token_type);
    });
  })
  .end(body);
