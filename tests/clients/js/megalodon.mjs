// megalodon (the fediverse client library) against a Hudhud server: REST and WebSocket
// streaming. Reads HUDHUD_URL and HUDHUD_TOKEN; prints one JSON line; exits 1 on error.
import megalodon from "megalodon";

// megalodon is CommonJS: under ESM its default export arrives as `.default` of the module.
const generator = megalodon.default;
const client = generator("mastodon", process.env.HUDHUD_URL, process.env.HUDHUD_TOKEN);

const me = (await client.verifyAccountCredentials()).data;
const socket = await client.publicStreaming();
const heard = new Promise((resolve, reject) => {
  socket.on("update", (status) => resolve(status));
  socket.on("error", (error) => reject(error));
  setTimeout(() => reject(new Error("no update event")), 20000);
});
await new Promise((resolve) => socket.on("connect", resolve));

const status = (await client.postStatus("تحية من megalodon إلى #هدهد", { visibility: "public" }))
  .data;
const home = (await client.getHomeTimeline({ limit: 20 })).data;
const boosted = (await client.reblogStatus(status.id)).data;
const update = await heard;
socket.stop();

console.log(
  JSON.stringify({
    me: me.username,
    status: status.id,
    home: home.map((item) => item.id),
    boosted: boosted.reblog ? boosted.reblog.id : null,
    streamed: update.id,
  }),
);
process.exit(0);
