import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 that stands in for the GitHub REST API endpoints of the PR comment
// and of the reviews that approve findings.

export const OWNER = 'octo-org';
export const REPO = 'app';
/** GitHub's pagination links name the repository by id, not by owner/name. */
export const REPO_ID = 4242;
export const PR = 7;
export const OWN_LOGIN = 'gate-bot';
export const ACTIONS_BOT = 'github-actions[bot]';

export type Route = 'user' | 'list' | 'create' | 'update' | 'reviews' | 'permission' | 'commits' | 'profile';

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
}

export interface ServerComment {
  readonly id: number;
  body: string;
  readonly user: { readonly login: string };
  readonly html_url: string;
}

/** A pull request review as GET .../pulls/{n}/reviews lists it. */
export interface ServerReview {
  readonly user: { readonly login: string; readonly type: 'User' | 'Bot' } | null;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commit_id: string;
}

/** A pull request commit as GET .../pulls/{n}/commits lists it: the accounts GitHub matched, and the git commit. */
export interface ServerCommit {
  readonly sha: string;
  readonly author: { readonly login: string } | null;
  readonly committer: { readonly login: string } | null;
  readonly commit: {
    readonly message: string;
    readonly author: { readonly name: string; readonly email: string };
    readonly committer: { readonly name: string; readonly email: string };
  };
}

export interface Recorded {
  readonly method: string;
  /** Path and query, as sent. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** The REST endpoints the adapter uses, with GitHub's pagination, and a record of every request. */
export class FakeGitHub {
  readonly requests: Recorded[] = [];
  comments: ServerComment[] = [];
  reviews: ServerReview[] = [];
  /** The pull request's commits as GET .../pulls/{n}/commits lists them. */
  commits: ServerCommit[] = [];
  /** Public e-mail by login, as GET /users/{login} answers; others: none shown. */
  publicEmails: Record<string, string> = {};
  /** Collaborator permission by login, as GET .../collaborators/{login}/permission answers; others: none. */
  permissions: Record<string, string> = {};
  /** The token's account; undefined answers GET /user with 403, as GitHub does for a GITHUB_TOKEN. */
  login: string | undefined = OWN_LOGIN;
  /** A fixed answer per route instead of the normal one. */
  readonly answers: Partial<Record<Route, Answer | ((request: Recorded) => Answer)>> = {};
  /** Requests that get no answer at all. */
  hangWhen: (route: Route, url: URL) => boolean = () => false;
  private nextId = 9000;
  private origin = '';

  private constructor(
    private readonly server: Server,
    private readonly prefix: string,
  ) {}

  static async start(prefix = ''): Promise<FakeGitHub> {
    let github: FakeGitHub | undefined;
    const server = createServer((request, response) => {
      void github?.handle(request, response);
    });
    github = new FakeGitHub(server, prefix);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    github.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return github;
  }

  /** What to pass as apiUrl. */
  get apiUrl(): string {
    return `${this.origin}${this.prefix}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addComment(login: string, body: string): ServerComment {
    const id = this.nextId++;
    const comment = { id, body, user: { login }, html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}` };
    this.comments.push(comment);
    return comment;
  }

  /** Comments by other people that have nothing to do with the gate. */
  addChatter(count: number): void {
    for (let i = 0; i < count; i++) this.addComment('octocat', `Looks good ${i}`);
  }

  sent(): string[] {
    return this.requests.map((request) => `${request.method} ${request.path}`);
  }

  writes(): Recorded[] {
    return this.requests.filter((request) => request.method !== 'GET');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const recorded: Recorded = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(recorded);
    const url = new URL(recorded.path, this.origin);
    const route = this.route(recorded.method, url.pathname);
    if (route === undefined) {
      this.send(response, { status: 404, body: json({ message: 'Not Found' }) });
      return;
    }
    if (this.hangWhen(route, url)) return;
    const fixed = this.answers[route];
    if (fixed !== undefined) {
      this.send(response, typeof fixed === 'function' ? fixed(recorded) : fixed);
      return;
    }
    switch (route) {
      case 'user':
        return this.send(
          response,
          this.login === undefined
            ? { status: 403, body: json({ message: 'Resource not accessible by integration' }) }
            : { status: 200, body: json({ login: this.login, id: 1, type: 'User' }) },
        );
      case 'list':
        return this.page(url, response, this.comments, `/repositories/${REPO_ID}/issues/${PR}/comments`);
      case 'create':
        return this.create(recorded, response);
      case 'update':
        return this.update(url, recorded, response);
      case 'reviews':
        return this.page(url, response, this.reviews, `/repositories/${REPO_ID}/pulls/${PR}/reviews`);
      case 'commits':
        return this.page(url, response, this.commits, `/repositories/${REPO_ID}/pulls/${PR}/commits`);
      case 'profile': {
        const login = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
        return this.send(response, { status: 200, body: json({ login, type: 'User', email: this.publicEmails[login] ?? null }) });
      }
      case 'permission': {
        const login = decodeURIComponent(url.pathname.split('/').at(-2) ?? '');
        return this.send(response, { status: 200, body: json({ permission: this.permissions[login] ?? 'none', user: { login } }) });
      }
    }
  }

  private route(method: string, pathname: string): Route | undefined {
    if (!pathname.startsWith(`${this.prefix}/`)) return undefined;
    const path = pathname.slice(this.prefix.length);
    if (method === 'GET' && path === '/user') return 'user';
    const listPaths = [`/repos/${OWNER}/${REPO}/issues/${PR}/comments`, `/repositories/${REPO_ID}/issues/${PR}/comments`];
    if (method === 'GET' && listPaths.includes(path)) return 'list';
    if (method === 'POST' && path === listPaths[0]) return 'create';
    if (method === 'PATCH' && /^\/repos\/octo-org\/app\/issues\/comments\/\d+$/.test(path)) return 'update';
    const reviewPaths = [`/repos/${OWNER}/${REPO}/pulls/${PR}/reviews`, `/repositories/${REPO_ID}/pulls/${PR}/reviews`];
    if (method === 'GET' && reviewPaths.includes(path)) return 'reviews';
    const commitPaths = [`/repos/${OWNER}/${REPO}/pulls/${PR}/commits`, `/repositories/${REPO_ID}/pulls/${PR}/commits`];
    if (method === 'GET' && commitPaths.includes(path)) return 'commits';
    if (method === 'GET' && /^\/users\/[^/]+$/.test(path)) return 'profile';
    if (method === 'GET' && /^\/repos\/octo-org\/app\/collaborators\/[^/]+\/permission$/.test(path)) return 'permission';
    return undefined;
  }

  /** One page of a list, with GitHub's Link header (which names the repository by id). */
  private page(url: URL, response: ServerResponse, items: readonly unknown[], pagePath: string): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const link = (target: number): string => `${this.apiUrl}${pagePath}?per_page=${perPage}&page=${target}`;
    const links: string[] = [];
    if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < lastPage) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    this.send(response, { status: 200, body: json(slice) }, links.length > 0 ? { link: links.join(', ') } : {});
  }

  private create(recorded: Recorded, response: ServerResponse): void {
    const { body } = JSON.parse(recorded.body) as { body?: unknown };
    if (typeof body !== 'string') {
      this.send(response, { status: 422, body: json({ message: 'Invalid request.' }) });
      return;
    }
    this.send(response, { status: 201, body: json(this.addComment(this.login ?? ACTIONS_BOT, body)) });
  }

  private update(url: URL, recorded: Recorded, response: ServerResponse): void {
    const id = Number(url.pathname.split('/').pop());
    const comment = this.comments.find((candidate) => candidate.id === id);
    const { body } = JSON.parse(recorded.body) as { body?: unknown };
    if (comment === undefined) {
      this.send(response, { status: 404, body: json({ message: 'Not Found' }) });
      return;
    }
    if (typeof body !== 'string') {
      this.send(response, { status: 422, body: json({ message: 'Invalid request.' }) });
      return;
    }
    comment.body = body;
    this.send(response, { status: 200, body: json(comment) });
  }

  private send(response: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
    response.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json; charset=utf-8', ...headers });
    response.end(answer.body);
  }
}
