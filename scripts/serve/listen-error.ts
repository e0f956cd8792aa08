/** Why the server could not listen, said as what to do about it. */

/** An Error for a failed `listen(port, host)` whose message names the cause and the fix. */
export function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const other = `PORT=${port === 0 ? 4321 : port + 1}`;
  switch (code) {
    case 'EADDRINUSE':
      return new Error(
        `port ${port} on ${host} is already in use (another \`npm run serve\` or another program listens there). ` +
          `Stop it, or choose a free port with PORT, e.g. \`${other} npm run serve\`.`,
        { cause: error },
      );
    case 'EACCES':
      return new Error(
        `port ${port} on ${host} needs administrator rights. Choose a port above 1023 with PORT, e.g. \`PORT=4321 npm run serve\`.`,
        { cause: error },
      );
    case 'EADDRNOTAVAIL':
      return new Error(`${host} is not an address of this computer. Listen on 0.0.0.0 (all addresses) instead.`, {
        cause: error,
      });
    default:
      return new Error(`cannot listen on ${host}:${port}: ${String(error)}. Try another port with PORT.`, {
        cause: error,
      });
  }
}
