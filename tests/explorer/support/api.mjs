// Starts the API (embedded backend) on a free port for a browser test: built once, then run from its dll.
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const project = join(repositoryRoot, 'src', 'Apatorsen.Api', 'Apatorsen.Api.csproj');
const dll = join(repositoryRoot, 'src', 'Apatorsen.Api', 'bin', 'Debug', 'net10.0', 'Apatorsen.Api.dll');
const running = new Set();
let built;

// A test that dies between start and stop still takes its API down with it.
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

function build() {
  built ??= promisify(execFile)('dotnet', ['build', project, '--nologo', '-v', 'quiet', '-clp:ErrorsOnly'], { cwd: repositoryRoot, maxBuffer: 16 << 20 })
    .catch((error) => { throw new Error(`dotnet build of the API failed:\n${error.stdout}${error.stderr}`); });
  return built;
}

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Builds the API if needed, starts it on 127.0.0.1 at a free port and waits for /health/ready.
 * @param {{dataDirectory?: string}} options  another dataset than the shipped one (Graph:DataDirectory)
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function startApi({ dataDirectory } = {}) {
  await build();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [dll, '--urls', url, ...(dataDirectory ? [`--Graph:DataDirectory=${dataDirectory}`] : [])];
  const child = spawn('dotnet', args, {
    cwd: repositoryRoot,
    env: { ...process.env, Neo4j__Uri: '', ASPNETCORE_ENVIRONMENT: 'Production', Logging__LogLevel__Default: 'Warning' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode} before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The API did not become ready within 90 s:\n${output}`);
}
