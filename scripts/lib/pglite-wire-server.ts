/**
 * Serves a PGlite database over the Postgres wire protocol to several clients at once.
 *
 * PGlite has one backend, so clients must take turns. @electric-sql/pglite-socket's
 * multiplexer takes turns per *message*, which lets the Parse/Bind/Execute messages of two
 * clients interleave outside transactions and mix up their unnamed statements. Here a
 * client's messages up to a Sync (or a simple Query) run as one unit, and while a client
 * holds a transaction open (ReadyForQuery status 'T'/'E') only that client runs.
 */
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
/**
 * Message types after which the client waits for the server: the end of a unit.
 * Sync, simple Query, Flush, and CopyDone / CopyFail (the end of COPY FROM STDIN data).
 */
const UNIT_END = new Set(["S", "Q", "H", "c", "f"]);

type Connection = { socket: net.Socket; buffer: Buffer; started: boolean; pending: Buffer[]; closed: boolean };
type Unit = { connection: Connection; messages: Buffer[] };

export class PgliteWireServer {
  private readonly server = net.createServer((socket) => this.accept(socket));
  private readonly queue: Unit[] = [];
  private readonly connections = new Set<Connection>();
  /** the connection holding an open transaction, which alone may run until it ends */
  private owner: Connection | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  async listen(port: number, host = "127.0.0.1"): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("PGlite server has no TCP address");
    return address.port;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket) {
    socket.setNoDelay(true);
    const connection: Connection = { socket, buffer: Buffer.alloc(0), started: false, pending: [], closed: false };
    this.connections.add(connection);
    socket.on("data", (chunk: Buffer) => {
      connection.buffer = Buffer.concat([connection.buffer, chunk]);
      this.readMessages(connection);
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.drop(connection));
  }

  /** Splits the byte stream into messages and queues complete units. */
  private readMessages(connection: Connection) {
    for (;;) {
      const { buffer } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        connection.buffer = buffer.subarray(length);
        if (code === SSL_REQUEST) connection.socket.write("N");
        else if (code === CANCEL_REQUEST) connection.socket.end();
        else {
          connection.started = true;
          this.enqueue({ connection, messages: [buffer.subarray(0, length)] });
        }
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const type = String.fromCharCode(buffer[0]!);
      const message = buffer.subarray(0, length);
      connection.buffer = buffer.subarray(length);
      if (type === "X") {
        connection.socket.end();
        return;
      }
      connection.pending.push(message);
      if (UNIT_END.has(type)) {
        this.enqueue({ connection, messages: connection.pending });
        connection.pending = [];
      }
    }
  }

  private enqueue(unit: Unit) {
    this.queue.push(unit);
    void this.drain();
  }

  private async drain() {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((unit) => unit.connection === this.owner) : 0;
        if (index < 0 || this.queue.length === 0) return;
        const [unit] = this.queue.splice(index, 1);
        await this.execute(unit!);
      }
    } finally {
      this.running = false;
    }
  }

  private async execute({ connection, messages }: Unit) {
    // A unit ending in Sync or Query is answered last by ReadyForQuery ('Z', length 5,
    // transaction status); keep the final six bytes of the response to read that status.
    let tail = Buffer.alloc(0);
    await this.db.runExclusive(async () => {
      for (const message of messages) {
        await this.db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (data) => {
            tail = Buffer.concat([tail, Buffer.from(data)]).subarray(-6);
            if (!connection.closed) connection.socket.write(data);
          },
        });
      }
    });
    const ready = tail.length === 6 && tail[0] === 0x5a && tail.readInt32BE(1) === 5;
    // Idle: anyone may go next. In a transaction, or mid-way through an extended query
    // (a Flush, no ReadyForQuery yet), only this client may.
    this.owner = ready && String.fromCharCode(tail[5]!) === "I" ? null : connection;
  }

  /** A client went away: forget its queued work and roll back a transaction it left open. */
  private async drop(connection: Connection) {
    connection.closed = true;
    this.connections.delete(connection);
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]!.connection === connection) this.queue.splice(i, 1);
    if (this.owner === connection) {
      // Still the owner while rolling back, so no other unit starts inside its transaction.
      // (exec takes PGlite's lock itself; wrapping it in runExclusive would deadlock.)
      await this.db.exec("ROLLBACK").catch(() => undefined);
      this.owner = null;
    }
    void this.drain();
  }
}
