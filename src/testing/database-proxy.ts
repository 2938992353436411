import net, { type AddressInfo } from "node:net";

/**
 * A TCP proxy between a process under test and the test database, for fault injection:
 * `down()` drops every connection and refuses new ones, `silence()` accepts connections but
 * never answers, `up()` serves again on the same port. The statement hooks match the SQL
 * text of the next statement sent (the extended protocol's Parse message carries it).
 */
export class DatabaseProxy {
  port = 0;
  /** statements cut off by downOn or whose reply was cut by cutReplyTo */
  cuts = 0;
  /** connections accepted while silent, left unanswered */
  stalled = 0;
  private listener: net.Server | null = null;
  private silent = false;
  private hook: { sql: string; action: "cut-statement" | "cut-reply" | { delayReplyMs: number } } | null = null;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.silent = false;
    this.dropAll();
    if (this.listener) return;
    const listener = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      listener.once("error", reject);
      listener.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (listener.address() as AddressInfo).port;
    this.listener = listener;
  }

  async down(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.dropAll();
    if (listener) await new Promise<void>((resolve) => listener.close(() => resolve()));
  }

  silence(): void {
    this.silent = true;
    this.dropAll();
  }

  /** Goes down as soon as a statement containing `sql` is sent, before the database sees it. */
  downOn(sql: string): void {
    this.hook = { sql, action: "cut-statement" };
  }

  /** Lets a statement containing `sql` reach the database, then goes down as its answer comes back: it ran, the client never hears so. */
  cutReplyTo(sql: string): void {
    this.hook = { sql, action: "cut-reply" };
  }

  /** Holds the database's answer to a statement containing `sql` for `ms`: a slow database, as a client with a timeout sees it. */
  delayReplyTo(sql: string, ms: number): void {
    this.hook = { sql, action: { delayReplyMs: ms } };
  }

  private dropAll() {
    for (const socket of this.sockets) socket.destroy();
  }

  private track(socket: net.Socket, peer?: net.Socket) {
    this.sockets.add(socket);
    socket.on("error", () => peer?.destroy());
    socket.on("close", () => {
      this.sockets.delete(socket);
      peer?.destroy();
    });
  }

  private accept(client: net.Socket) {
    if (!this.listener) return void client.destroy();
    if (this.silent) {
      this.stalled++;
      return this.track(client);
    }
    const upstream = net.connect(this.target);
    this.track(client, upstream);
    this.track(upstream, client);
    let cutReply = false;
    /** answers held back by delayReplyTo, flushed in order when the delay is over */
    let held: Buffer[] | null = null;
    client.on("data", (chunk: Buffer) => {
      const hook = this.hook;
      if (hook && chunk.includes(hook.sql)) {
        this.hook = null;
        if (hook.action === "cut-statement") {
          this.cuts++;
          void this.down();
          return;
        }
        if (hook.action === "cut-reply") cutReply = true;
        else {
          held = [];
          setTimeout(() => {
            for (const reply of held ?? []) client.write(reply);
            held = null;
          }, hook.action.delayReplyMs);
        }
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (cutReply) {
        this.cuts++;
        void this.down();
      } else if (held) held.push(chunk);
      else client.write(chunk);
    });
  }
}
