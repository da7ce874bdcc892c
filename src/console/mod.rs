//! The dialogue in a terminal (`kyc-doctor chat`): lines in, numbered buttons out. Thin: it only
//! translates between text lines and dialogue events.

use std::{
    io::{BufRead, Write},
    path::Path,
};

use chrono::Local;

use crate::{
    dialogue::{
        self, Action, Command, Context, Event, Outcome, PhotoCheck, PhotoMeta, PhotoOutcome, Reply,
        State,
    },
    quality::{self, CheckOptions, InputError, InputErrorCode, Kind},
};

/// Runs the chat until end of input or `/quit`.
pub fn run(
    input: impl BufRead,
    mut output: impl Write,
    language_code: Option<String>,
) -> std::io::Result<()> {
    let mut session = Session::new(language_code);
    let greeting = session.handle(Event::Command(Command::Start));
    print_replies(&mut output, &greeting)?;
    writeln!(
        output,
        "(type a message, a button number, /photo PATH to send a picture, /quit to leave)"
    )?;
    output.flush()?;
    for line in input.lines() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line == "/quit" || line == "/exit" {
            break;
        }
        let replies = session.input(line);
        print_replies(&mut output, &replies)?;
        output.flush()?;
    }
    Ok(())
}

/// One terminal conversation: the state and the buttons last shown.
pub struct Session {
    state: State,
    language_code: Option<String>,
    buttons: Vec<Action>,
}

impl Session {
    pub fn new(language_code: Option<String>) -> Session {
        Session { state: State::default(), language_code, buttons: Vec::new() }
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// One typed line: a button number, a command, a photo path, or free text.
    pub fn input(&mut self, line: &str) -> Vec<Reply> {
        if let Ok(n) = line.parse::<usize>()
            && let Some(action) = n.checked_sub(1).and_then(|i| self.buttons.get(i)).copied()
        {
            return self.handle(Event::Button(action));
        }
        if let Some(path) = line.strip_prefix("/photo") {
            return self.photo(Path::new(path.trim()));
        }
        if let Some(command) = Command::parse(line, None) {
            return self.handle(Event::Command(command));
        }
        let path = Path::new(line);
        if looks_like_image_path(path) && path.is_file() {
            return self.photo(path);
        }
        self.handle(Event::Text(line.to_owned()))
    }

    /// A picture file: the dialogue says whether and how to check it; a file is the original,
    /// never a compressed copy.
    fn photo(&mut self, path: &Path) -> Vec<Reply> {
        let meta = PhotoMeta { as_file: true, ..PhotoMeta::default() };
        let (mut replies, check) = self.step(Event::PhotoArrived(meta.clone()));
        if let Some(check) = check {
            let outcome = check_file(path, check);
            replies.extend(self.step(Event::PhotoChecked { check, meta, outcome }).0);
        }
        self.remember_buttons(&replies);
        replies
    }

    pub fn handle(&mut self, event: Event) -> Vec<Reply> {
        let (replies, _) = self.step(event);
        self.remember_buttons(&replies);
        replies
    }

    fn step(&mut self, event: Event) -> (Vec<Reply>, Option<PhotoCheck>) {
        let today = Local::now().date_naive();
        let ctx = Context::new(self.language_code.as_deref(), today);
        let Outcome { state, replies, check } = dialogue::handle(self.state.clone(), event, &ctx);
        self.state = state.unwrap_or_default();
        (replies, check)
    }

    /// Only the newest message's buttons can be pressed by number.
    fn remember_buttons(&mut self, replies: &[Reply]) {
        self.buttons = replies
            .iter()
            .rev()
            .find(|r| !r.keyboard.is_empty())
            .map(|r| r.buttons().map(|b| b.action).collect())
            .unwrap_or_default();
    }
}

fn check_file(path: &Path, check: PhotoCheck) -> PhotoOutcome {
    match check {
        PhotoCheck::Slot(slot) => check_file_as(path, slot.kind()),
        PhotoCheck::Unknown => {
            PhotoOutcome::both(check_file_as(path, Kind::Id), check_file_as(path, Kind::Selfie))
        }
    }
}

fn check_file_as(path: &Path, kind: Kind) -> PhotoOutcome {
    match std::fs::read(path) {
        Err(e) => {
            PhotoOutcome::Unreadable(InputError::new(InputErrorCode::NotFound, e.to_string()))
        }
        Ok(bytes) => {
            let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
            match quality::check(&bytes, kind, &opts) {
                Ok(checked) => PhotoOutcome::Checked(checked),
                Err(e) => PhotoOutcome::Unreadable(e),
            }
        }
    }
}

fn looks_like_image_path(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "jpg" | "jpeg" | "png" | "webp" | "gif" | "heic" | "heif" | "bmp" | "tif" | "tiff"
    )
}

fn print_replies(out: &mut impl Write, replies: &[Reply]) -> std::io::Result<()> {
    let last_with_buttons = replies.iter().rposition(|r| !r.keyboard.is_empty());
    for (i, reply) in replies.iter().enumerate() {
        writeln!(out)?;
        if let Some(photo) = &reply.photo {
            writeln!(out, "[marked-up picture, {} KB — shown in Telegram]", photo.len() / 1024)?;
        }
        writeln!(out, "{}", reply.text)?;
        if Some(i) == last_with_buttons {
            for (n, button) in reply.buttons().enumerate() {
                writeln!(out, "  [{}] {}", n + 1, button.label)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::Step;

    #[test]
    fn numbers_press_the_last_buttons() {
        let mut s = Session::new(Some("en".into()));
        s.handle(Event::Command(Command::Start));
        // 1 = "Fix my verification"
        s.input("1");
        assert_eq!(s.state().step, Step::ChooseFamily);
        s.input("/cancel");
        assert_eq!(s.state().step, Step::Menu);
    }

    #[test]
    fn a_whole_chat_runs_from_text_lines() {
        let script = "1\n2\n1\n1\n/photo /nonexistent/front.jpg\n/quit\n";
        let mut out = Vec::new();
        run(script.as_bytes(), &mut out, Some("en".into())).unwrap();
        let text = String::from_utf8(out).unwrap();
        let en = crate::content::Lang::EN;
        let l10n = crate::content::localizer();
        // Buttons are listed numbered, the numbers pressed them (the reason screen came), and
        // the missing file got its localized answer as the last thing said.
        assert!(text.contains("  [1] "), "{text}");
        assert!(text.contains(&l10n.text(en, "reason-duplicate_identity-about")), "{text}");
        assert_eq!(
            text.trim_end().lines().last(),
            Some(l10n.text(en, "input-error-not_found").as_str()),
            "{text}"
        );
    }
}
