//! A Bot API served on 127.0.0.1 for tests: it queues updates for `getUpdates`, serves files for
//! downloads, and records every request the bot makes, so the real teloxide client and dispatcher
//! run unchanged against it.

#![allow(dead_code)]

use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    Json, Router,
    extract::{FromRequest, Multipart, Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST-token_for-fake-api";
pub const BOT_USERNAME: &str = "kyc_doctor_test_bot";

/// One request the bot made: the method and its parameters (JSON, or multipart fields as text;
/// a file part is recorded as its size).
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// An `editMessageText` that Telegram carried out: the person sees it as the reply.
    pub edited: bool,
    /// When the request arrived (for latency figures in the load benchmark).
    pub at: std::time::Instant,
}

impl Call {
    /// A message the person sees as a reply: sent, or an earlier message edited to show it.
    pub fn is_reply(&self) -> bool {
        self.method == "sendMessage" || self.method == "sendPhoto" || self.edited
    }

    pub fn text(&self) -> Option<&str> {
        self.params.get("text").or_else(|| self.params.get("caption")).and_then(Value::as_str)
    }

    pub fn chat_id(&self) -> Option<i64> {
        let v = self.params.get("chat_id")?;
        v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    }

    /// Callback data of every button, in order.
    pub fn buttons(&self) -> Vec<String> {
        let markup = match self.params.get("reply_markup") {
            Some(Value::String(s)) => serde_json::from_str(s).unwrap_or(Value::Null),
            Some(v) => v.clone(),
            None => Value::Null,
        };
        markup["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .filter_map(|b| b["callback_data"].as_str().map(str::to_owned))
            .collect()
    }
}

/// A scripted fault for the next calls of a method.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 with retry_after seconds.
    TooManyRequests(u32),
    ServerError,
    MalformedJson,
    /// No answer for this long (longer than the client's timeout), then a 502.
    Hang(Duration),
    /// The usual answer, after this long (a slow Telegram, or a call to hold a phase open).
    Delay(Duration),
    /// The connection is closed without an answer.
    DropConnection,
}

#[derive(Default)]
struct Inner {
    next_update_id: i64,
    updates: Vec<Value>,
    calls: Vec<Call>,
    files: HashMap<String, Vec<u8>>,
    next_message_id: i64,
    faults: HashMap<String, Vec<Fault>>,
    /// Messages and photos sent per chat, and a wake-up per chat, for closed-loop load.
    sent_per_chat: HashMap<i64, (usize, Arc<Notify>)>,
    /// The webhook URL set with setWebhook (and cleared by deleteWebhook), as getWebhookInfo
    /// reports it.
    webhook_url: Option<String>,
    /// Text and reply markup of each message by (chat, message id), as `editMessageText` sees
    /// them: the bot's messages, and those that button presses were on.
    messages: HashMap<(i64, i64), (Value, Value)>,
}

#[derive(Clone)]
pub struct FakeBotApi {
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
    pub addr: SocketAddr,
}

impl FakeBotApi {
    pub async fn start() -> FakeBotApi {
        let inner = Arc::new(Mutex::new(Inner {
            next_update_id: 1,
            next_message_id: 1000,
            ..Inner::default()
        }));
        let changed = Arc::new(Notify::new());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let api = FakeBotApi { inner, changed, addr };
        let app = Router::new()
            .route("/{bot}/{method}", post(method).get(method))
            .route("/file/{bot}/{*path}", get(file))
            .fallback(|uri: axum::http::Uri| async move {
                eprintln!("fake Bot API: no route for {uri}");
                StatusCode::NOT_FOUND
            })
            .with_state(api.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        api
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Queues an update (its `update_id` is assigned here) and returns the id.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.inner.lock().unwrap();
            let id = inner.next_update_id;
            inner.next_update_id += 1;
            update["update_id"] = json!(id);
            let pressed = &update["callback_query"]["message"];
            if let (Some(chat), Some(message)) =
                (pressed["chat"]["id"].as_i64(), pressed["message_id"].as_i64())
            {
                let shown = (pressed["text"].clone(), pressed["reply_markup"].clone());
                inner.messages.entry((chat, message)).or_insert(shown);
            }
            inner.updates.push(update);
            id
        };
        self.changed.notify_waiters();
        id
    }

    /// Serves `bytes` as the file with this id.
    pub fn add_file(&self, file_id: &str, bytes: Vec<u8>) {
        self.inner.lock().unwrap().files.insert(file_id.to_owned(), bytes);
    }

    /// As if a webhook had been left set by an earlier run in webhook mode.
    pub fn set_webhook_url(&self, url: &str) {
        self.inner.lock().unwrap().webhook_url = Some(url.to_owned());
    }

    pub fn webhook_url(&self) -> Option<String> {
        self.inner.lock().unwrap().webhook_url.clone()
    }

    pub fn fail_next(&self, method: &str, faults: Vec<Fault>) {
        self.inner.lock().unwrap().faults.insert(method.to_owned(), faults);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().unwrap().calls.clone()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.method == method).collect()
    }

    /// Messages and photos sent to users, and messages edited to show a reply, in order.
    pub fn sent(&self) -> Vec<Call> {
        self.calls().into_iter().filter(Call::is_reply).collect()
    }

    pub fn pending_updates(&self) -> usize {
        self.inner.lock().unwrap().updates.len()
    }

    /// Waits until `pred` holds for the recorded calls, or panics after `timeout`.
    pub async fn wait_for(
        &self,
        what: &str,
        timeout: Duration,
        pred: impl Fn(&[Call]) -> bool,
    ) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            let calls = self.calls();
            if pred(&calls) {
                return calls;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let calls = self.calls();
                if pred(&calls) {
                    return calls;
                }
                panic!(
                    "timed out waiting for {what}; calls: {:#?}",
                    calls.iter().map(|c| (&c.method, c.text())).collect::<Vec<_>>()
                );
            }
        }
    }

    /// Waits until `n` messages or photos have been sent in all.
    pub async fn wait_sent(&self, n: usize) -> Vec<Call> {
        self.wait_for(&format!("{n} sent messages"), Duration::from_secs(20), |calls| {
            calls.iter().filter(|c| c.is_reply()).count() >= n
        })
        .await
        .into_iter()
        .filter(Call::is_reply)
        .collect()
    }

    /// Messages and photos sent to one chat so far.
    pub fn sent_to(&self, chat: i64) -> usize {
        self.inner.lock().unwrap().sent_per_chat.get(&chat).map_or(0, |e| e.0)
    }

    /// Waits until at least `n` messages or photos were sent to `chat` (cheap: wakes only for it).
    pub async fn wait_sent_to(&self, chat: i64, n: usize, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notify = {
                let mut inner = self.inner.lock().unwrap();
                let entry =
                    inner.sent_per_chat.entry(chat).or_insert_with(|| (0, Arc::new(Notify::new())));
                if entry.0 >= n {
                    return true;
                }
                entry.1.clone()
            };
            let notified = notify.notified();
            if self.sent_to(chat) >= n {
                return true;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.sent_to(chat) >= n;
            }
        }
    }

    fn take_fault(&self, method: &str) -> Option<Fault> {
        let mut inner = self.inner.lock().unwrap();
        inner
            .faults
            .get_mut(method)
            .and_then(|f| if f.is_empty() { None } else { Some(f.remove(0)) })
    }

    fn record(&self, method: &str, params: Value) -> Option<Fault> {
        let fault = {
            let mut inner = self.inner.lock().unwrap();
            if method == "sendMessage" || method == "sendPhoto" {
                let chat = params
                    .get("chat_id")
                    .and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())));
                if let Some(chat) = chat {
                    count_reply(&mut inner, chat);
                }
            }
            inner.calls.push(Call {
                method: method.to_owned(),
                params,
                edited: false,
                at: std::time::Instant::now(),
            });
            inner
                .faults
                .get_mut(method)
                .and_then(|f| if f.is_empty() { None } else { Some(f.remove(0)) })
        };
        self.changed.notify_waiters();
        fault
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.inner.lock().unwrap();
        inner.next_message_id += 1;
        inner.next_message_id
    }
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

async fn method(
    State(api): State<FakeBotApi>,
    Path((bot, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"ok": false, "error_code": 401, "description": "Unauthorized"})),
        )
            .into_response();
    }
    // Method names are case-insensitive; teloxide sends `SendMessage`. Record the documented
    // spelling, `sendMessage`.
    let method = {
        let mut chars = method.chars();
        chars
            .next()
            .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
            .unwrap_or_default()
    };
    let params = parse_params(request).await;
    if method == "getUpdates" {
        // Polls are not recorded (there are thousands), but they can fail like any call.
        return match api.take_fault(&method) {
            Some(Fault::Delay(duration)) => {
                tokio::time::sleep(duration).await;
                get_updates(&api, &params).await
            }
            Some(fault) => fault_response(fault).await,
            None => get_updates(&api, &params).await,
        };
    }
    match api.record(&method, params.clone()) {
        Some(Fault::Delay(duration)) => tokio::time::sleep(duration).await,
        Some(fault) => return fault_response(fault).await,
        None => {}
    }
    let chat_id = params
        .get("chat_id")
        .and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
        .unwrap_or(0);
    match method.as_str() {
        "getMe" => ok(
            json!({"id": 123456, "is_bot": true, "first_name": "KYC Doctor", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false}),
        ),
        "sendMessage" => {
            let id = api.next_message_id();
            let shown = (params.get("text").cloned().unwrap_or(json!("")), markup_of(&params));
            api.inner.lock().unwrap().messages.insert((chat_id, id), shown);
            ok(
                json!({"message_id": id, "date": 1_700_000_000, "chat": {"id": chat_id, "type": "private", "first_name": "T"},
                "text": params.get("text").cloned().unwrap_or(json!(""))}),
            )
        }
        "sendPhoto" => {
            let id = api.next_message_id();
            ok(
                json!({"message_id": id, "date": 1_700_000_000, "chat": {"id": chat_id, "type": "private", "first_name": "T"},
                "photo": [{"file_id": "sent", "file_unique_id": "sent", "width": 100, "height": 100}]}),
            )
        }
        "editMessageText" => edit_message_text(&api, chat_id, &params),
        "editMessageReplyMarkup" => {
            let id = params.get("message_id").and_then(Value::as_i64).unwrap_or(1);
            let mut inner = api.inner.lock().unwrap();
            if let Some(shown) = inner.messages.get_mut(&(chat_id, id)) {
                shown.1 = markup_of(&params);
            }
            ok(
                json!({"message_id": id, "date": 1_700_000_000, "chat": {"id": chat_id, "type": "private", "first_name": "T"}, "text": "x"}),
            )
        }
        "getFile" => {
            let file_id = params.get("file_id").and_then(Value::as_str).unwrap_or("").to_owned();
            let size = api.inner.lock().unwrap().files.get(&file_id).map(Vec::len);
            match size {
                Some(size) => ok(json!({"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": size, "file_path": format!("photos/{file_id}.jpg")})),
                None => (StatusCode::BAD_REQUEST, Json(json!({"ok": false, "error_code": 400, "description": "Bad Request: invalid file_id"}))).into_response(),
            }
        }
        // https://core.telegram.org/bots/api#webhookinfo: `url` is empty when none is set.
        "getWebhookInfo" => {
            let url = api.webhook_url().unwrap_or_default();
            ok(json!({"url": url, "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "setWebhook" => {
            let url = params.get("url").and_then(Value::as_str).unwrap_or("").to_owned();
            api.inner.lock().unwrap().webhook_url = Some(url).filter(|u| !u.is_empty());
            ok(json!(true))
        }
        "deleteWebhook" => {
            api.inner.lock().unwrap().webhook_url = None;
            ok(json!(true))
        }
        // The other methods the bot calls answer `True`, as Telegram does.
        "setMyCommands" | "answerCallbackQuery" | "sendChatAction" | "deleteMessage" => {
            ok(json!(true))
        }
        // Anything else is a method this fake does not know; Telegram answers unknown methods so.
        _ => (
            StatusCode::NOT_FOUND,
            Json(json!({"ok": false, "error_code": 404, "description": "Not Found"})),
        )
            .into_response(),
    }
}

/// A reply markup parameter as JSON (`Null` when there is none).
fn markup_of(params: &Value) -> Value {
    match params.get("reply_markup") {
        Some(Value::String(s)) => serde_json::from_str(s).unwrap_or(Value::Null),
        Some(v) => v.clone(),
        None => Value::Null,
    }
}

fn count_reply(inner: &mut Inner, chat: i64) {
    let entry = inner.sent_per_chat.entry(chat).or_insert_with(|| (0, Arc::new(Notify::new())));
    entry.0 += 1;
    entry.1.notify_waiters();
}

/// As Telegram answers it (https://core.telegram.org/bots/api#editmessagetext): the edited
/// message; "message to edit not found" for a message it never had; "message is not modified"
/// when text and buttons are already exactly these. A carried-out edit counts as a reply.
fn edit_message_text(api: &FakeBotApi, chat_id: i64, params: &Value) -> Response {
    let id = params.get("message_id").and_then(Value::as_i64).unwrap_or(0);
    let text = params.get("text").cloned().unwrap_or(json!(""));
    let markup = markup_of(params);
    let bad_request = |description: &str| {
        (
            StatusCode::BAD_REQUEST,
            Json(json!({"ok": false, "error_code": 400, "description": description})),
        )
            .into_response()
    };
    let mut inner = api.inner.lock().unwrap();
    let Some(shown) = inner.messages.get_mut(&(chat_id, id)) else {
        return bad_request("Bad Request: message to edit not found");
    };
    if shown.0 == text && shown.1 == markup {
        return bad_request(
            "Bad Request: message is not modified: specified new message content and reply \
             markup are exactly the same as a current content and reply markup of the message",
        );
    }
    *shown = (text.clone(), markup.clone());
    if let Some(call) =
        inner.calls.iter_mut().rev().find(|c| c.method == "editMessageText" && c.params == *params)
    {
        call.edited = true;
    }
    count_reply(&mut inner, chat_id);
    drop(inner);
    api.changed.notify_waiters();
    let mut message = json!({"message_id": id, "date": 1_700_000_000, "edit_date": 1_700_000_001,
        "chat": {"id": chat_id, "type": "private", "first_name": "T"}, "text": text});
    if !markup.is_null() {
        message["reply_markup"] = markup;
    }
    ok(message)
}

async fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::TooManyRequests(secs) => (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry later", "parameters": {"retry_after": secs}})),
        )
            .into_response(),
        Fault::ServerError => (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response(),
        Fault::MalformedJson => (StatusCode::OK, "{\"ok\": tru").into_response(),
        Fault::Hang(duration) => {
            tokio::time::sleep(duration).await;
            (StatusCode::BAD_GATEWAY, "Bad Gateway").into_response()
        }
        Fault::Delay(_) => unreachable!("a delay is answered by `method`"),
        // Unwinding out of the handler ends the connection's task, which closes the socket
        // without a response; `resume_unwind` skips the panic hook, so nothing is printed.
        Fault::DropConnection => std::panic::resume_unwind(Box::new("connection dropped on purpose")),
    }
}

async fn get_updates(api: &FakeBotApi, params: &Value) -> Response {
    let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let wait = params.get("timeout").and_then(Value::as_u64).unwrap_or(0).min(1);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(wait);
    loop {
        let notified = api.changed.notified();
        let batch: Vec<Value> = {
            let mut inner = api.inner.lock().unwrap();
            // Everything below the offset is acknowledged: forget it, as Telegram does.
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            inner.updates.iter().take(100).cloned().collect()
        };
        if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
            return ok(Value::Array(batch));
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}

async fn file(
    State(api): State<FakeBotApi>,
    Path((bot, path)): Path<(String, String)>,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let file_id = path.trim_start_matches("photos/").trim_end_matches(".jpg").to_owned();
    let bytes = api.inner.lock().unwrap().files.get(&file_id).cloned();
    match bytes {
        Some(b) => b.into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// JSON bodies as they are; multipart bodies (sendPhoto with a file) as their text fields, with
/// the file part recorded as `{"bytes": N}`.
async fn parse_params(request: Request) -> Value {
    let is_multipart = request
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !is_multipart {
        let body =
            axum::body::to_bytes(request.into_body(), 64 * 1024 * 1024).await.unwrap_or_default();
        return serde_json::from_slice(&body).unwrap_or(json!({}));
    }
    let mut fields = serde_json::Map::new();
    let Ok(mut multipart) = Multipart::from_request(request, &()).await else { return json!({}) };
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or("").to_owned();
        let is_file = field.file_name().is_some();
        let Ok(bytes) = field.bytes().await else { break };
        if is_file {
            fields.insert(name, json!({"bytes": bytes.len()}));
        } else {
            let s = String::from_utf8_lossy(&bytes).into_owned();
            let v = serde_json::from_str::<Value>(&s)
                .ok()
                .filter(|v| !v.is_string())
                .unwrap_or(Value::String(s));
            fields.insert(name, v);
        }
    }
    Value::Object(fields)
}

// ---- update builders -------------------------------------------------------------------------

pub fn user(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Test", "language_code": lang})
}

pub fn private_chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Test"})
}

fn message(chat: Value, from: Value, message_id: i64) -> Value {
    json!({"message_id": message_id, "date": 1_700_000_000, "chat": chat, "from": from})
}

pub fn text_update(chat_id: i64, lang: &str, text: &str) -> Value {
    let mut m = message(private_chat(chat_id), user(chat_id, lang), 1);
    m["text"] = json!(text);
    if text.starts_with('/') {
        let len = text.split_whitespace().next().map(|w| w.encode_utf16().count()).unwrap_or(0);
        m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
    }
    json!({"message": m})
}

pub fn photo_update(
    chat_id: i64,
    lang: &str,
    file_id: &str,
    width: u32,
    height: u32,
    size: usize,
) -> Value {
    let mut m = message(private_chat(chat_id), user(chat_id, lang), 2);
    m["photo"] = json!([
        {"file_id": format!("{file_id}-thumb"), "file_unique_id": "t", "width": 90, "height": 60, "file_size": 1000},
        {"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "width": width, "height": height, "file_size": size}
    ]);
    json!({"message": m})
}

/// A photo that is part of an album (`media_group_id`), optionally forwarded and captioned.
pub fn album_photo_update(
    chat_id: i64,
    lang: &str,
    file_id: &str,
    group: &str,
    size: usize,
) -> Value {
    let mut update = photo_update(chat_id, lang, file_id, 1600, 1200, size);
    update["message"]["media_group_id"] = json!(group);
    update
}

pub fn document_update(
    chat_id: i64,
    lang: &str,
    file_id: &str,
    name: &str,
    mime: &str,
    size: usize,
) -> Value {
    let mut m = message(private_chat(chat_id), user(chat_id, lang), 3);
    m["document"] = json!({"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_name": name, "mime_type": mime, "file_size": size});
    json!({"message": m})
}

pub fn sticker_update(chat_id: i64, lang: &str) -> Value {
    let mut m = message(private_chat(chat_id), user(chat_id, lang), 4);
    m["sticker"] = json!({"file_id": "st", "file_unique_id": "st", "type": "regular", "width": 512, "height": 512,
        "is_animated": false, "is_video": false});
    json!({"message": m})
}

pub fn group_photo_update(group_id: i64, user_id: i64, file_id: &str) -> Value {
    let chat = json!({"id": group_id, "type": "group", "title": "Group"});
    let mut m = message(chat, user(user_id, "en"), 5);
    m["photo"] = json!([{"file_id": file_id, "file_unique_id": "g", "width": 1600, "height": 1200, "file_size": 1000}]);
    json!({"message": m})
}

pub fn callback_update(chat_id: i64, lang: &str, data: &str) -> Value {
    let mut m = message(
        private_chat(chat_id),
        json!({"id": 123456, "is_bot": true, "first_name": "KYC Doctor"}),
        900,
    );
    m["text"] = json!("menu");
    json!({"callback_query": {"id": format!("cb-{chat_id}-{data}"), "from": user(chat_id, lang), "chat_instance": "ci", "data": data, "message": m}})
}
