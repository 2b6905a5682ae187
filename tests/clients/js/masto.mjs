// masto (the TypeScript Mastodon client) against a Hudhud server: REST and streaming.
// Reads HUDHUD_URL and HUDHUD_TOKEN; prints one JSON line of what it saw; exits 1 on error.
import { createRestAPIClient, createStreamingAPIClient } from "masto";

const url = process.env.HUDHUD_URL;
const accessToken = process.env.HUDHUD_TOKEN;
const rest = createRestAPIClient({ url, accessToken });

const me = await rest.v1.accounts.verifyCredentials();
const instance = await rest.v2.instance.fetch();
const streaming = createStreamingAPIClient({
  streamingApiUrl: instance.configuration.urls.streaming,
  accessToken,
});
const subscription = streaming.public.subscribe();
const heard = (async () => {
  for await (const event of subscription) {
    if (event.event === "update") return event.payload;
  }
})();
await new Promise((resolve) => setTimeout(resolve, 1000));

const status = await rest.v1.statuses.create({ status: "تحية من masto إلى #هدهد" });
const home = await rest.v1.timelines.home.list({ limit: 20 });
const favourited = await rest.v1.statuses.$select(status.id).favourite();
const search = await rest.v2.search.list({ q: "تحيه", type: "statuses" });
// A pending timer keeps Node running: clear it, or the script waits its 15 s out.
let timer;
const update = await Promise.race([
  heard,
  new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("no update event")), 15000);
  }),
]);
clearTimeout(timer);
subscription.unsubscribe();
streaming.close();

console.log(
  JSON.stringify({
    me: me.username,
    version: instance.version,
    status: status.id,
    home: home.map((item) => item.id),
    favourited: favourited.favourited,
    found: search.statuses.map((item) => item.id),
    streamed: update.id,
  }),
);
