// The library as a Node program uses it: one import, one call.
import { getToken } from '../lib/index.js';
const token = await getToken({ tokenUrl: process.env.TOKEN_URL, clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET });
process.stdout.write(`${token.accessToken}\n`);
