// The floor: the same token request with nothing but node:http (10 lines, no error handling).
const http = require('node:http');
const body = 'grant_type=client_credentials';
const basic = Buffer.from(`${process.env.CLIENT_ID}:${process.env.CLIENT_SECRET}`).toString('base64');
const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length, Authorization: `Basic ${basic}` };
http
  .request(process.env.TOKEN_URL, { method: 'POST', headers }, (res) => {
    let text = '';
    res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
    res.on('end', () => process.stdout.write(`${JSON.parse(text).access_token}\n`));
  })
  .end(body);
