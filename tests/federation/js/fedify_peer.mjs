// A small fediverse server built on Fedify, an independent ActivityPub implementation, for
// tests/federation/test_fedify.py: one actor, "fedi", whose inbox verifies signatures (as
// Fedify does by default) and records what arrives; /control/* lets the test make it act.
import { createServer } from "node:http";
import {
  createFederation,
  exportJwk,
  generateCryptoKeyPair,
  importJwk,
  MemoryKvStore,
} from "@fedify/fedify";
import { Accept, Create, Endpoints, Follow, Mention, Note, Person, PUBLIC_COLLECTION } from "@fedify/vocab";

const federation = createFederation({ kv: new MemoryKvStore(), allowPrivateAddress: true });
const keys = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const jwks = { publicKey: await exportJwk(keys.publicKey), privateKey: await exportJwk(keys.privateKey) };
const state = { accepted: [], notes: [] };

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "fedi") return null;
    const [pair] = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Fedify peer",
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pair.cryptographicKey,
    });
  })
  .setKeyPairsDispatcher(async (ctx, identifier) =>
    identifier === "fedi"
      ? [{ publicKey: await importJwk(jwks.publicKey, "public"), privateKey: await importJwk(jwks.privateKey, "private") }]
      : [],
  );

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Accept, async (ctx, accept) => {
    state.accepted.push(accept.actorId?.href);
  })
  .on(Create, async (ctx, create) => {
    const object = await create.getObject();
    if (object instanceof Note) {
      state.notes.push({ actor: create.actorId?.href, content: object.content?.toString() });
    }
  });

async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function control(url, request, origin) {
  const ctx = federation.createContext(new URL(origin), undefined);
  const given = request.method === "POST" ? JSON.parse((await bodyOf(request)).toString() || "{}") : {};
  if (url.pathname === "/control/state") return state;
  const recipient = await ctx.lookupObject(given.handle);
  if (recipient === null) throw new Error(`${given.handle} was not found`);
  const me = ctx.getActorUri("fedi");
  if (url.pathname === "/control/follow") {
    await ctx.sendActivity({ identifier: "fedi" }, recipient,
      new Follow({ id: new URL(`/follows/${Date.now()}`, origin), actor: me, object: recipient.id }));
    return { followed: recipient.id.href };
  }
  if (url.pathname === "/control/post") {
    const noteId = new URL(`/notes/${Date.now()}`, origin);
    const note = new Note({
      id: noteId,
      attribution: me,
      content: `<p>${given.content}</p>`,
      to: PUBLIC_COLLECTION,
      ccs: [recipient.id],
      tags: [new Mention({ href: recipient.id, name: given.handle })],
    });
    await ctx.sendActivity({ identifier: "fedi" }, recipient,
      new Create({ id: new URL(`${noteId.href}/activity`), actor: me, object: note, to: PUBLIC_COLLECTION, ccs: [recipient.id] }));
    return { posted: noteId.href };
  }
  throw new Error(`unknown control ${url.pathname}`);
}

const server = createServer(async (request, response) => {
  const origin = `http://${request.headers.host}`;
  const url = new URL(request.url, origin);
  try {
    if (url.pathname.startsWith("/control/")) {
      const answer = await control(url, request, origin);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(answer));
      return;
    }
    const headers = Object.entries(request.headers).flatMap(([name, value]) =>
      Array.isArray(value) ? value.map((item) => [name, item]) : [[name, value]]);
    const body = ["GET", "HEAD"].includes(request.method) ? undefined : await bodyOf(request);
    const answer = await federation.fetch(new Request(url, { method: request.method, headers, body }), { contextData: undefined });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch (error) {
    response.writeHead(500, { "Content-Type": "text/plain" });
    response.end(String(error?.stack ?? error));
  }
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
