// A simulated phone for the room benchmark: plain HTTP from its own loopback address (127.0.0.x, as each
// real phone has its own address), following the room's state by long polls and voting like the page.
import { Agent, request } from 'node:http';
import type { BallotReply, JoinReply, Lobby, PhoneState } from '../../../shared/room/protocol';

export class Phone {
  private readonly agent: Agent;
  private token = '';
  private stopped = false;
  state: PhoneState | null = null;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly from: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 4, localAddress: from });
  }

  private call<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; data: T }> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const origin = `http://${this.host}:${this.port}`;
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.host,
          port: this.port,
          path,
          method,
          agent: this.agent,
          headers: {
            host: `${this.host}:${this.port}`,
            ...(text ? { 'content-type': 'application/json', origin } : {}),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          let raw = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (raw += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, data: JSON.parse(raw || 'null') as T }));
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  }

  static async lobby(host: string, port: number, secret: string): Promise<Lobby> {
    const phone = new Phone(host, port, '127.0.0.1');
    const { data } = await phone.call<Lobby>('POST', '/api/lobby', { secret });
    phone.agent.destroy();
    return data;
  }

  async join(secret: string, participantId: string): Promise<void> {
    const { status, data } = await this.call<JoinReply>('POST', '/api/join', { secret, participantId });
    if (status !== 200 || data.status !== 'joined') throw new Error(`join failed (${status})`);
    this.token = data.token;
    void this.follow();
  }

  /** Long polls the state until stopped, as the voter page does. */
  private async follow(): Promise<void> {
    let version = 0;
    while (!this.stopped) {
      try {
        const { data } = await this.call<PhoneState>('GET', `/api/state?v=${version}`);
        version = data.version;
        this.state = data;
        const waiting = this.waiters;
        this.waiters = [];
        for (const wake of waiting) wake();
      } catch {
        if (!this.stopped) await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** Resolves once the phone's state satisfies `test` (the page would show it). */
  async until(test: (state: PhoneState) => boolean): Promise<void> {
    while (!this.state || !test(this.state)) await new Promise<void>((r) => this.waiters.push(r));
  }

  /**
   * Sends a vote and retries with the same ballot id until the final answer; resolves with the time from
   * the first send to that answer, and the answer.
   */
  async vote(ballotId: string, value: 0 | 1 | 2 | 3 | 4): Promise<{ ms: number; reply: BallotReply }> {
    const q = this.state?.question;
    if (!q || !this.state) throw new Error('no question open');
    const started = performance.now();
    for (;;) {
      const { data } = await this.call<BallotReply>('POST', '/api/ballot', {
        ballotId,
        questionId: q.id,
        round: this.state.round,
        value,
      });
      if (data.status !== 'pending') return { ms: performance.now() - started, reply: data };
    }
  }

  stop(): void {
    this.stopped = true;
    this.agent.destroy();
  }
}
