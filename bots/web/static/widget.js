/* Directive assistant chat widget. Embed with one tag:
 *   <script src="https://HOST/widget.js" data-api="https://HOST" data-key="PUBLIC_KEY" data-lang="vi"></script>
 * data-api defaults to the script's own origin; data-lang (vi or en) to the page's language.
 * Everything lives in a shadow DOM; every answer and clause text is inserted as text, never as HTML. */
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || window.__directiveAssistant) return;
  window.__directiveAssistant = true;

  const api = (script.dataset.api || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  const key = script.dataset.key || "";
  const STRINGS = {
    en: {
      open: "Open the directive assistant", close: "Close", title: "Directive assistant",
      intro: "Ask what a body must do, and by when. Answers cite the exact clause.",
      label: "Your question", placeholder: "What must the Ministry of Finance do by July 2025?",
      send: "Send", clear: "New conversation", searching: "Searching the Conclusions…", answering: "Answering…",
      source: "Source", sources: "Sources", deadline: "Deadline", none: "none stated", link: "Open the source",
      wrong: "This clause is wrong", back: "Back to the conversation", up: "Helpful", down: "Not helpful",
      comment: "What was wrong? (optional)", sendComment: "Send comment", thanks: "Thank you, noted.",
      error: "Something went wrong. Please try again.", limited: "Too many questions. Try again in {s} s.",
      you: "You", bot: "Assistant",
    },
    vi: {
      open: "Mở trợ lý văn bản chỉ đạo", close: "Đóng", title: "Trợ lý văn bản chỉ đạo",
      intro: "Hỏi cơ quan nào phải làm gì, trước thời hạn nào. Câu trả lời dẫn đúng điều khoản.",
      label: "Câu hỏi của bạn", placeholder: "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?",
      send: "Gửi", clear: "Cuộc trò chuyện mới", searching: "Đang tìm trong các Kết luận…", answering: "Đang trả lời…",
      source: "Nguồn", sources: "Nguồn trích dẫn", deadline: "Thời hạn", none: "không nêu", link: "Mở văn bản gốc",
      wrong: "Điều khoản này không đúng", back: "Quay lại cuộc trò chuyện", up: "Hữu ích", down: "Không hữu ích",
      comment: "Sai ở đâu? (không bắt buộc)", sendComment: "Gửi góp ý", thanks: "Cảm ơn, đã ghi nhận.",
      error: "Đã có lỗi. Vui lòng thử lại.", limited: "Quá nhiều câu hỏi. Thử lại sau {s} giây.",
      you: "Bạn", bot: "Trợ lý",
    },
  };
  const wanted = (script.dataset.lang || document.documentElement.lang || navigator.language || "en").toLowerCase();
  const lang = wanted.startsWith("vi") ? "vi" : "en";
  const t = STRINGS[lang];
  const storeKey = "directive-assistant:" + api + ":" + key;

  const CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .launcher { position: fixed; right: 16px; bottom: 16px; width: 56px; height: 56px; border-radius: 50%;
      border: none; background: #a50e1e; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3);
      z-index: 2147483000; display: flex; align-items: center; justify-content: center; }
    .launcher svg { width: 28px; height: 28px; fill: currentColor; }
    :focus-visible { outline: 3px solid #f5b301; outline-offset: 2px; }
    .panel { position: fixed; right: 16px; bottom: 84px; width: min(400px, calc(100vw - 32px));
      height: min(620px, calc(100vh - 110px)); background: #fff; color: #1b1b1b; border-radius: 12px;
      box-shadow: 0 8px 30px rgba(0,0,0,.3); z-index: 2147483000; display: flex; flex-direction: column;
      overflow: hidden; font-size: 15px; line-height: 1.45; }
    .panel[hidden], .pane[hidden], [hidden] { display: none !important; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: #a50e1e; color: #fff; }
    header h2 { flex: 1; margin: 0; font-size: 16px; }
    header button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.6); border-radius: 6px;
      padding: 4px 8px; cursor: pointer; font-size: 13px; }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
    .intro { color: #555; margin: 0; }
    .msg { max-width: 92%; padding: 8px 10px; border-radius: 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .user { align-self: flex-end; background: #fde8ea; }
    .bot { align-self: flex-start; background: #f2f2f2; }
    .cite { display: inline-block; min-width: 1.6em; margin: 0 1px; padding: 0 4px; border-radius: 8px; border: none;
      background: #a50e1e; color: #fff; font-size: 12px; line-height: 1.5; cursor: pointer; vertical-align: baseline; }
    .actions { display: flex; gap: 6px; margin-top: 6px; align-items: center; flex-wrap: wrap; white-space: normal; }
    .actions button, .pane button, form button { border: 1px solid #bbb; background: #fff; border-radius: 6px;
      padding: 4px 8px; cursor: pointer; font-size: 13px; color: #1b1b1b; }
    .actions button[aria-pressed="true"] { background: #fde8ea; border-color: #a50e1e; }
    .note { font-size: 12px; color: #555; }
    .pane { flex: 1; overflow-y: auto; padding: 12px; }
    .pane h3 { margin: 0 0 6px; font-size: 15px; }
    .pane blockquote { margin: 8px 0; padding: 8px 10px; background: #f7f7f7; border-left: 3px solid #a50e1e;
      white-space: pre-wrap; overflow-wrap: anywhere; }
    .pane .row { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
    .pane a { color: #a50e1e; }
    form { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ddd; }
    form textarea { flex: 1; resize: none; font-size: 15px; padding: 6px; border: 1px solid #bbb; border-radius: 6px; }
    form button[type=submit] { background: #a50e1e; color: #fff; border-color: #a50e1e; }
    .status { min-height: 1.2em; margin: 0; padding: 0 12px; font-size: 12px; color: #555; }
    .comment { display: flex; gap: 6px; width: 100%; }
    .comment input { flex: 1; font-size: 13px; padding: 4px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 480px) {
      .panel { right: 0; bottom: 0; width: 100vw; height: 100vh; border-radius: 0; }
    }`;

  const SKELETON = `
    <button class="launcher" type="button" aria-expanded="false" aria-controls="panel">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v11H7l-3 3z"/></svg>
    </button>
    <section class="panel" id="panel" role="dialog" aria-labelledby="title" hidden>
      <header><h2 id="title"></h2><button type="button" class="clear"></button>
        <button type="button" class="close"></button></header>
      <div class="log" role="log" aria-live="polite"><p class="intro"></p></div>
      <div class="pane" role="region" aria-labelledby="pane-title" hidden>
        <h3 id="pane-title"></h3><p class="deadline"></p><blockquote class="text"></blockquote>
        <p><a class="link" target="_blank" rel="noopener noreferrer"></a></p>
        <div class="row"><button type="button" class="wrong"></button><button type="button" class="back"></button></div>
        <p class="note pane-note" aria-live="polite"></p>
      </div>
      <p class="status" aria-live="polite"></p>
      <form><label class="sr" for="q"></label><textarea id="q" rows="2" maxlength="1000"></textarea>
        <button type="submit"></button></form>
    </section>`;

  const host = document.createElement("div");
  host.setAttribute("data-directive-assistant", "");
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = CSS;
  root.appendChild(style);
  const shell = document.createElement("div");
  shell.innerHTML = SKELETON; // constant markup only: nothing dynamic ever goes through innerHTML
  root.appendChild(shell);
  document.body.appendChild(host);

  const $ = (selector) => root.querySelector(selector);
  const launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), pane = $(".pane");
  const form = $("form"), input = $("#q"), status = $(".status");
  launcher.setAttribute("aria-label", t.open);
  $("#title").textContent = t.title;
  $(".close").textContent = "×";
  $(".close").setAttribute("aria-label", t.close);
  $(".clear").textContent = t.clear;
  $(".intro").textContent = t.intro;
  $("label").textContent = t.label;
  input.placeholder = t.placeholder;
  $("form button").textContent = t.send;
  $(".wrong").textContent = t.wrong;
  $(".back").textContent = t.back;
  panel.setAttribute("aria-label", t.title);

  let state = load();
  let busy = false;
  let opener = null; // the badge that opened the source pane, to give focus back
  const bodies = new WeakMap(); // message -> the element showing its text

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storeKey) || "null");
      if (saved && Array.isArray(saved.messages) && Array.isArray(saved.history)) return saved;
    } catch (e) { /* storage may be blocked or hold something else */ }
    return { messages: [], history: [], open: false };
  }
  function save() {
    state.messages = state.messages.slice(-60);
    state.history = state.history.slice(-20);
    try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderText(container, message) {
    container.textContent = "";
    const byMarker = new Map((message.citations || []).map((c) => [String(c.marker), c]));
    const parts = String(message.text || "").split(/\[(\d+)\]/);
    parts.forEach((part, i) => {
      if (i % 2 === 0) { if (part) container.appendChild(document.createTextNode(part)); return; }
      const citation = byMarker.get(part);
      if (!citation) { container.appendChild(document.createTextNode("[" + part + "]")); return; }
      const badge = el("button", "cite", part);
      badge.type = "button";
      badge.setAttribute("aria-label", t.source + " " + part + ": " + citation.document + " " + citation.clause);
      badge.addEventListener("click", () => openSource(citation, message, badge));
      container.appendChild(badge);
    });
  }

  function renderMessage(message) {
    const node = el("div", "msg " + (message.role === "user" ? "user" : "bot"));
    node.setAttribute("aria-label", message.role === "user" ? t.you : t.bot);
    const body = el("div", "body");
    if (message.role === "user") body.textContent = message.text;
    else renderText(body, message);
    node.appendChild(body);
    if (message.role === "bot" && message.answer_id) node.appendChild(feedbackRow(message));
    bodies.set(message, body);
    return node;
  }

  function feedbackRow(message) {
    const row = el("div", "actions");
    const note = el("span", "note");
    for (const [vote, label, mark] of [["up", t.up, "👍"], ["down", t.down, "👎"]]) {
      const button = el("button", "", mark);
      button.type = "button";
      button.setAttribute("aria-label", label);
      button.setAttribute("aria-pressed", String(message.vote === vote));
      button.addEventListener("click", async () => {
        if (message.vote) return;
        message.vote = vote;
        save();
        row.querySelectorAll("button").forEach((b) => { b.disabled = true; });
        button.setAttribute("aria-pressed", "true");
        note.textContent = (await sendFeedback({ answer_id: message.answer_id, vote })) ? t.thanks : t.error;
        if (vote === "down") row.appendChild(commentBox(message, note));
      });
      row.appendChild(button);
    }
    row.appendChild(note);
    return row;
  }

  function commentBox(message, note) {
    const box = el("form", "comment");
    const field = el("input");
    field.type = "text";
    field.maxLength = 2000;
    field.setAttribute("aria-label", t.comment);
    field.placeholder = t.comment;
    const send = el("button", "", t.sendComment);
    send.type = "submit";
    box.append(field, send);
    box.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!field.value.trim()) return;
      const ok = await sendFeedback({ answer_id: message.answer_id, comment: field.value.trim() });
      note.textContent = ok ? t.thanks : t.error;
      if (ok) box.remove();
    });
    setTimeout(() => field.focus(), 0);
    return box;
  }

  async function sendFeedback(body) {
    try {
      const res = await fetch(api + "/api/feedback", {
        method: "POST", headers: { "Content-Type": "application/json", "X-Widget-Key": key }, body: JSON.stringify(body),
      });
      return res.ok;
    } catch (e) { return false; }
  }

  function openSource(citation, message, badge) {
    opener = badge;
    $("#pane-title").textContent = citation.document + " " + citation.clause;
    const deadlines = (citation.deadlines || []).map((d) => (d.due || "") + (d.phrase ? " (" + d.phrase + ")" : ""));
    $(".deadline").textContent = t.deadline + ": " + (deadlines.join("; ") || t.none);
    $(".text").textContent = citation.text;
    $(".text").setAttribute("lang", citation.language || "");
    const link = $(".link");
    const url = String(citation.source_url || "");
    link.hidden = !/^https?:\/\//i.test(url);
    if (!link.hidden) { link.href = url; link.textContent = t.link; }
    $(".pane-note").textContent = "";
    $(".wrong").disabled = !message.answer_id;
    $(".wrong").onclick = async () => {
      const ok = await sendFeedback({ answer_id: message.answer_id, wrong_clauses: [citation.id] });
      $(".pane-note").textContent = ok ? t.thanks : t.error;
    };
    log.hidden = true;
    pane.hidden = false;
    $(".back").focus();
  }

  function closeSource() {
    pane.hidden = true;
    log.hidden = false;
    if (opener && opener.isConnected) opener.focus();
  }

  function redraw() {
    log.querySelectorAll(".msg").forEach((n) => n.remove());
    for (const message of state.messages) log.appendChild(renderMessage(message));
    log.scrollTop = log.scrollHeight;
  }

  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    save();
    if (open) { input.focus(); log.scrollTop = log.scrollHeight; } else launcher.focus();
  }

  function events(buffer, handle) {
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data += line.slice(5).trim();
      }
      if (data) handle(name, JSON.parse(data));
    }
    return buffer;
  }

  async function ask(question) {
    busy = true;
    form.querySelector("button").disabled = true;
    status.textContent = t.searching;
    const history = state.history.slice(-10);
    state.messages.push({ role: "user", text: question });
    const message = { role: "bot", text: "", citations: [] };
    state.messages.push(message);
    redraw();
    const update = () => { renderText(bodies.get(message), message); log.scrollTop = log.scrollHeight; };
    try {
      const res = await fetch(api + "/api/ask/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Widget-Key": key },
        body: JSON.stringify({ question, history }),
      });
      if (!res.ok) {
        const wait = res.headers.get("Retry-After");
        let detail = "";
        try { detail = (await res.json()).error || ""; } catch (e) { /* not JSON */ }
        throw new Error(res.status === 429 ? t.limited.replace("{s}", wait || "60") : detail || t.error);
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = events(buffer + decoder.decode(value, { stream: true }), (name, data) => {
          if (name === "status") status.textContent = t.answering;
          else if (name === "delta") { message.text += data.text; update(); }
          else if (name === "citations") { message.citations = data.citations; update(); }
          else if (name === "error") throw new Error(data.error || t.error);
          else if (name === "done") {
            Object.assign(message, { text: data.answer, citations: data.citations, answer_id: data.answer_id });
            state.history.push({ question, citations: data.citations.map((c) => c.id) });
          }
        });
      }
      if (!message.answer_id) throw new Error(t.error);
    } catch (error) {
      message.text = error.message || t.error;
      message.citations = [];
    } finally {
      busy = false;
      form.querySelector("button").disabled = false;
      status.textContent = "";
      save();
      redraw();
    }
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden));
  $(".close").addEventListener("click", () => setOpen(false));
  $(".back").addEventListener("click", closeSource);
  $(".clear").addEventListener("click", () => {
    state = { messages: [], history: [], open: true };
    save();
    closeSource();
    redraw();
    input.focus();
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!pane.hidden) closeSource();
    else setOpen(false);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question || busy) return;
    input.value = "";
    ask(question);
  });

  redraw();
  if (state.open) setOpen(true);
})();
