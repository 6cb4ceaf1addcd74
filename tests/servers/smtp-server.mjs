// A real SMTP server for the tests (npm smtp-server): requires AUTH PLAIN/LOGIN with the given user and password,
// and writes every accepted message to <dir>/<n>.eml. With --fail-first N the first N messages get a temporary
// failure (451), so tests can watch the sender retry.
//   node smtp-server.mjs --port 2525 --dir /tmp/mails --user quartet --pass secret [--fail-first 2]
import { SMTPServer } from 'smtp-server';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, index, all) => (index % 2 === 0 ? [...pairs, [value.replace(/^--/, ''), all[index + 1]]] : pairs), []),
);
const dir = args.dir;
mkdirSync(dir, { recursive: true });
let toFail = Number(args['fail-first'] ?? 0);
let received = 0;

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authMethods: ['PLAIN', 'LOGIN'],
  onAuth(auth, session, callback) {
    if (auth.username === args.user && auth.password === args.pass) return callback(null, { user: auth.username });
    return callback(new Error('Invalid username or password'));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      if (toFail > 0) {
        toFail--;
        const error = new Error('Try again later');
        error.responseCode = 451;
        return callback(error);
      }
      received++;
      const envelope = { from: session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) };
      const name = join(dir, String(received).padStart(5, '0'));
      writeFileSync(`${name}.json`, JSON.stringify(envelope));
      // Written whole, then renamed: a reader never sees half a message.
      writeFileSync(`${name}.part`, Buffer.concat(chunks));
      renameSync(`${name}.part`, `${name}.eml`);
      callback();
    });
  },
  logger: false,
});
server.on('error', (error) => console.error(error.message));
server.listen(Number(args.port), '127.0.0.1', () => console.log(`smtp listening on ${args.port}`));
