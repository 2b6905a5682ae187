// The composer's live counter: grapheme clusters as Mastodon counts them, a link as 23.
(() => {
  const URL = /https?:\/\/[^\s\u0600-\u06FF]+/g;
  const REMOTE_MENTION = /@([A-Za-z0-9_]+)@[A-Za-z0-9.-]+\.[A-Za-z]+/g;
  const segmenter = "Segmenter" in Intl ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  const graphemes = (text) => (segmenter ? [...segmenter.segment(text)].length : [...text].length);
  const length = (text) => {
    const urls = text.match(URL) || [];
    const rest = text.replace(URL, "").replace(REMOTE_MENTION, "@$1");
    return graphemes(rest) + urls.length * 23;
  };
  const update = (textarea) => {
    const output = document.getElementById(textarea.dataset.counter);
    const warning = textarea.form.querySelector("[data-counts-for]");
    const left = Number(textarea.dataset.limit) - length(textarea.value) - (warning ? graphemes(warning.value) : 0);
    // Keep the digits the page was written in (the reader's choice): Arabic-Indic or Western.
    if (output.dataset.indic === undefined) output.dataset.indic = /[٠-٩]/.test(output.textContent) ? "1" : "";
    const text = String(left);
    output.textContent = output.dataset.indic ? text.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[d]) : text;
    output.classList.toggle("over", left < 0);
    textarea.form.querySelector("button[type=submit]").disabled = left < 0;
  };
  document.addEventListener("input", (event) => {
    const field = event.target;
    if (field.dataset.counter) update(field);
    if (field.dataset.countsFor) update(document.getElementById(field.dataset.countsFor));
  });
  document.addEventListener("DOMContentLoaded", () => document.querySelectorAll("[data-counter]").forEach(update));
})();

// The coach's "use this wording": the suggestion replaces the draft.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-use-suggestion]");
  if (!button) return;
  const textarea = button.closest("form").querySelector("textarea[name=text]");
  textarea.value = button.dataset.useSuggestion;
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
  textarea.focus();
});

// A giveaway's page: the reader's own browser recomputes the draw from what was published
// (hudhud.coach.fairness): SHA-256(secret) is the commitment, and each round's winner is
// SHA-256(secret + ":" + round + ":" + entrants joined by newlines) mod what remains.
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.querySelector("[data-giveaway][data-secret]");
  if (!box || !(window.crypto && crypto.subtle)) return;
  const sha256 = async (text) => {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  };
  const { secret, commitment, count } = box.dataset;
  const entrants = box.dataset.entrants.split(" ").filter(Boolean);
  const remaining = [...entrants];
  const winners = [];
  for (let round = 0; round < Math.min(Number(count), entrants.length); round++) {
    const digest = await sha256(`${secret}:${round}:${entrants.join("\n")}`);
    const index = Number(BigInt("0x" + digest) % BigInt(remaining.length));
    winners.push(remaining.splice(index, 1)[0]);
  }
  const sorted = entrants.every((id, i) => i === 0 || BigInt(entrants[i - 1]) < BigInt(id));
  const good = sorted && (await sha256(secret)) === commitment && winners.join(" ") === box.dataset.winners;
  const verdict = box.querySelector(`template[data-verdict="${good ? "yes" : "no"}"]`);
  const output = box.querySelector("[data-browser-check]");
  output.textContent = verdict.content.textContent.trim();
  output.dataset.verified = good ? "yes" : "no";
});
