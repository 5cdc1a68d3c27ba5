// `npm run admin`: the IT staff's command line (admin-command.ts), on this process's arguments, environment and output.
import { runAdminCommand } from './admin-command';

const code = await runAdminCommand(process.argv.slice(2), process.env, {
  print: (text) => console.log(text),
  printError: (text) => console.error(text),
});
// On a refusal, at once: a pool or a child left open by the failed step must not keep the command waiting.
if (code !== 0) process.exit(code);
