//! Renders states and findings into localized replies. Everything the person reads is built here,
//! from Fluent messages, so the transitions in `machine.rs` stay about flow only.

use crate::{
    content::{
        Lang, checklist, faq, localizer,
        reasons::{Family, ReasonId},
    },
    fluent_args,
    quality::{InputError, Issue, IssueCode, Kind, Severity},
};

use super::{
    action::Action,
    reply::{Button, Reply},
    state::{Case, DocType, PhotoRecord, Slot, State, Step},
};

/// Localized text for one language.
#[derive(Clone, Copy)]
pub struct View {
    pub lang: Lang,
}

/// FAQ entries offered as buttons when a question found no answer, and under /faq.
const FAQ_MENU: &[&str] = &[
    "common_causes",
    "resubmit_timing",
    "review_time",
    "blurry_photo",
    "glare",
    "face_selfie_fail",
    "name_mismatch",
    "expired_document",
    "scam_warning",
    "bot_privacy",
];

impl View {
    pub fn t(&self, id: &str) -> String {
        localizer().text(self.lang, id)
    }

    pub fn ta(&self, id: &str, args: &fluent_bundle::FluentArgs) -> String {
        localizer().text_args(self.lang, id, args)
    }

    fn button(&self, id: &str, action: Action) -> Button {
        Button::new(self.t(id), action)
    }

    /// An FAQ entry as a button: its short label (`faq-<id>-btn`, at most 24 characters), or
    /// the question itself for an entry that has none yet.
    fn faq_button(&self, id: &str) -> Button {
        let short = format!("faq-{id}-btn");
        let label = match localizer().defines(self.lang, &short) {
            true => short,
            false => format!("faq-{id}-q"),
        };
        self.button(&label, Action::Faq(faq_id(id)))
    }

    fn menu_row(&self) -> Vec<Button> {
        vec![self.button("btn-menu", Action::Menu)]
    }

    pub fn main_menu(&self, intro_id: &str) -> Reply {
        Reply::text(self.t(intro_id))
            .with_keyboard(vec![
                vec![self.button("btn-check", Action::StartCheck)],
                vec![
                    self.button("btn-faq", Action::FaqMenu),
                    self.button("btn-scam", Action::ScamWarning),
                ],
                vec![
                    self.button("btn-language", Action::LanguageMenu),
                    self.button("btn-privacy", Action::Privacy),
                ],
            ])
            .as_menu()
    }

    /// The question of the current step again, with its buttons (the summary is two messages).
    pub fn prompt(&self, state: &State) -> Vec<Reply> {
        let reply = match &state.step {
            Step::Summary => return self.summary(&state.case),
            Step::Menu => self.main_menu("menu-again"),
            Step::ChooseFamily => self.ask_family(),
            Step::ChooseReason { family } => self.ask_reason(*family),
            Step::ChooseDocument => self.ask_document(),
            Step::AwaitPhoto { slot, .. } => self.ask_photo(&state.case, *slot),
            Step::AwaitExpiry => Reply::text(self.t("ask-expiry"))
                .with_keyboard(vec![vec![self.button("btn-back", Action::Back)]])
                .as_menu(),
        };
        vec![reply]
    }

    fn ask_family(&self) -> Reply {
        let family = |f: Family| self.button(&format!("family-{}", f.as_str()), Action::Family(f));
        let mut rows = vec![
            vec![family(Family::FaceCapture)],
            vec![family(Family::Document)],
            vec![self.button("btn-invalid-selfie", Action::Reason(ReasonId::SelfieFailed))],
            vec![family(Family::Account)],
            vec![self.button("btn-no-reason", Action::NoReason)],
        ];
        rows.push(vec![self.button("btn-back", Action::Back)]);
        Reply::text(self.t("ask-family")).with_keyboard(rows).as_menu()
    }

    fn ask_reason(&self, family: Family) -> Reply {
        let reason =
            |r: ReasonId| self.button(&format!("reason-{}", r.as_str()), Action::Reason(r));
        let mut rows: Vec<Vec<Button>> = match family {
            // OKX's "Required document" group, in its order, with "Invalid document photo" as a
            // group of its own and "Invalid expiry date" as the invalid-document reason.
            Family::Document => vec![
                vec![reason(ReasonId::DuplicateIdentity)],
                vec![reason(ReasonId::DocumentInvalid)],
                vec![
                    self.button("reason-invalid-expiry", Action::Reason(ReasonId::DocumentInvalid)),
                ],
                vec![self.button("family-image_quality", Action::Family(Family::ImageQuality))],
                vec![reason(ReasonId::AddressProof)],
            ],
            _ => family.reasons().into_iter().map(|r| vec![reason(r)]).collect(),
        };
        rows.push(vec![self.button("btn-no-reason", Action::NoReason)]);
        rows.push(vec![self.button("btn-back", Action::Back)]);
        let text = self.ta(
            "ask-reason",
            &fluent_args!["family" => self.t(&format!("family-{}", family.as_str()))],
        );
        Reply::text(text).with_keyboard(rows).as_menu()
    }

    fn ask_document(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = DocType::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|d| self.button(&format!("doc-{}", d.as_str()), Action::Document(*d)))
                    .collect()
            })
            .collect();
        rows.push(vec![self.button("btn-back", Action::Back)]);
        Reply::text(self.t("ask-document")).with_keyboard(rows).as_menu()
    }

    pub fn ask_photo(&self, case: &Case, slot: Slot) -> Reply {
        let id = match (slot, case.document) {
            (Slot::Front, Some(DocType::Passport)) => "ask-photo-passport",
            (Slot::Front, _) => "ask-photo-front",
            (Slot::Back, _) => "ask-photo-back",
            (Slot::Selfie, _) if case.selfie_optional() => "ask-selfie-optional",
            (Slot::Selfie, _) => "ask-selfie",
        };
        let mut rows = Vec::new();
        if case.photo(slot).is_some() {
            rows.push(vec![self.button("btn-keep-photo", Action::Continue)]);
        }
        if slot != Slot::Selfie || case.selfie_optional() {
            rows.push(vec![self.button("btn-skip", Action::Skip(slot))]);
        }
        rows.push(vec![
            self.button("btn-back", Action::Back),
            self.button("btn-menu", Action::Menu),
        ]);
        Reply::text(self.t(id)).with_keyboard(rows).as_menu()
    }

    /// What a reason means, and for a final one, that resubmitting will not help.
    pub fn reason_intro(&self, reason: ReasonId) -> Reply {
        let mut text = self.t(&format!("reason-{}-about", reason.as_str()));
        if reason.is_final() {
            text.push_str("\n\n");
            text.push_str(&self.t("reason-final-note"));
            text.push_str("\n\n");
            text.push_str(&numbered(&reason.steps(self.lang)));
            return Reply::text(text).with_keyboard(vec![
                vec![
                    self.button("btn-faq", Action::FaqMenu),
                    self.button("btn-next-steps", Action::NextSteps),
                ],
                self.menu_row(),
            ]);
        }
        Reply::text(text)
    }

    /// The photo slot's name; a passport's only photo is its photo page, not a "front".
    pub fn slot_name(&self, slot: Slot, document: Option<DocType>) -> String {
        if slot == Slot::Front && document == Some(DocType::Passport) {
            return self.t("slot-passport");
        }
        self.t(&format!("slot-{}", slot.as_str()))
    }

    /// The checker's findings on one photo.
    pub fn photo_result(
        &self,
        record: &PhotoRecord,
        document: Option<DocType>,
        same_again: bool,
        annotated: Option<Vec<u8>>,
    ) -> Reply {
        let slot = self.slot_name(record.slot, document);
        let mut text = match record.worst() {
            None => self.ta("photo-ok", &fluent_args!["slot" => slot]),
            // OKX accepts no screenshot of any kind: a screen cue is never "may pass".
            Some(Severity::Warn) if record.has(IssueCode::ScreenPhoto) => {
                self.ta("photo-screen-warn", &fluent_args!["slot" => slot])
            }
            Some(Severity::Warn) => self.ta("photo-warn", &fluent_args!["slot" => slot]),
            Some(Severity::Fail) => self.ta("photo-fail", &fluent_args!["slot" => slot]),
        };
        // A slot name that opens the line ("лицевая сторона…: всё в порядке") starts a sentence.
        text = capitalized_after_marks(&text);
        let photo = if record.issues.is_empty() { None } else { annotated };
        // The marker ① on the picture names no word itself (no font for 21 scripts): the
        // caption's line of that finding carries the number and the finding's localized word.
        let marked = photo.as_ref().and(crate::quality::annotate::marked_issue(&record.issues));
        for issue in &record.issues {
            text.push('\n');
            let line = self.issue_line(record.slot.kind(), issue);
            match marked.is_some_and(|m| std::ptr::eq(m, issue)) {
                true => text.push_str(&line_with_marker(
                    &line,
                    &self.t(&format!("issue-{}", issue.code.as_str())),
                )),
                false => text.push_str(&line),
            }
        }
        if same_again {
            text.push_str("\n\n");
            text.push_str(&self.t("photo-same-again"));
        }
        Reply { text, photo, ..Reply::default() }
    }

    /// After a valid machine-readable zone (issue 14), for this reply only: its expiry verdict
    /// (expired / within a month / nothing) and what the document says, the document number
    /// masked but for its last three characters. Nothing of it is kept anywhere.
    pub fn mrz_block(
        &self,
        mrz: &crate::quality::mrz::MrzRead,
        today: chrono::NaiveDate,
    ) -> String {
        use checklist::{ExpiryVerdict, check_expiry};
        let f = &mrz.fields;
        let mut out = Vec::new();
        if let Some(exp) = &f.expiry_date
            && let v @ (ExpiryVerdict::Expired | ExpiryVerdict::ExpiresSoon) =
                check_expiry(exp, today)
        {
            out.push(format!("⚠️ {}", self.t(v.message_id())));
        }
        out.push(self.t("mrz-block-title"));
        let n = f.document_number.chars().count();
        let masked: String = f
            .document_number
            .chars()
            .enumerate()
            .map(|(i, c)| if i + 3 < n { '•' } else { c })
            .collect();
        let unknown = || "—".to_owned();
        for (id, value) in [
            ("mrz-block-surname", f.surname.clone()),
            ("mrz-block-given", f.given_names.clone()),
            ("mrz-block-birth", f.birth_date.clone().unwrap_or_else(unknown)),
            ("mrz-block-expiry", f.expiry_date.clone().unwrap_or_else(unknown)),
            ("mrz-block-nationality", f.nationality.clone()),
            ("mrz-block-number", masked),
        ] {
            out.push(format!("• {}", self.ta(id, &fluent_args!["value" => value])));
        }
        out.push(self.t("mrz-block-advice"));
        out.join("\n")
    }

    /// "❌ A bright spot covers the top-right corner of the document: tilt it…". The fix names the
    /// problem itself, so the short name (issue-<code>) is not put before it: that read "❌ Blurry:
    /// The photo is blurry: …", and in CJK mixed an ASCII colon with the full-width one.
    pub fn issue_line(&self, kind: Kind, issue: &Issue) -> String {
        let mark = match issue.severity {
            Severity::Fail => "❌",
            Severity::Warn => "⚠️",
        };
        format!("{mark} {}", self.issue_fix(kind, issue))
    }

    pub fn issue_fix(&self, kind: Kind, issue: &Issue) -> String {
        checklist::issue_fix_text(self.lang, kind, issue)
    }

    /// A typed date that could not be read: say so, and offer "it has no expiry date" and "skip".
    pub fn expiry_unreadable(&self, text: String) -> Reply {
        Reply::text(text).with_keyboard(vec![
            vec![self.button("btn-no-expiry", Action::NoExpiry)],
            vec![self.button("btn-skip-date", Action::Summary)],
            vec![self.button("btn-back", Action::Back)],
        ])
    }

    /// "Is this your document or a selfie?" for a photo nobody asked for.
    pub fn ask_photo_kind(&self) -> Reply {
        Reply::text(self.t("photo-which")).with_keyboard(vec![
            vec![self.button("btn-photo-is-id", Action::PhotoIs(Kind::Id))],
            vec![self.button("btn-photo-is-selfie", Action::PhotoIs(Kind::Selfie))],
        ])
    }

    /// After a photo that failed: the next photo is a retake; a button keeps this one.
    pub fn retake_hint(&self) -> Reply {
        Reply::text(self.t("photo-retake-hint"))
            .with_keyboard(vec![
                vec![self.button("btn-keep-photo", Action::Continue)],
                vec![self.button("btn-back", Action::Back), self.button("btn-menu", Action::Menu)],
            ])
            .as_menu()
    }

    pub fn input_error(&self, error: &InputError) -> Reply {
        Reply::text(self.t(&format!("input-error-{}", error.code.as_str())))
    }

    /// The end of the flow, in two messages: each photo's result, what to fix first and the
    /// reason's steps; then the data review and how to resubmit, with the buttons.
    pub fn summary(&self, case: &Case) -> Vec<Reply> {
        let checklist = self.checklist_sections(case);
        let (first, rest): (Vec<_>, Vec<_>) = checklist.sections.into_iter().partition(|s| {
            s.heading == self.t("checklist-section-photos")
                || s.heading == self.t("checklist-section-reason")
        });
        // No photo lines where no photo is asked for (a proof of address).
        let status = (!case.slots().is_empty()).then(|| self.summary_status(case));
        let text = status
            .into_iter()
            .chain(
                first
                    .iter()
                    .filter(|s| !s.steps.is_empty())
                    .map(|s| section_text(&s.heading, &s.steps)),
            )
            .collect::<Vec<_>>()
            .join("\n\n");
        let rest = rest
            .iter()
            .filter(|s| !s.steps.is_empty())
            .map(|s| section_text(&s.heading, &s.steps))
            .collect::<Vec<_>>()
            .join("\n\n");
        vec![Reply::text(text), Reply::text(rest).with_keyboard(self.summary_keyboard(case))]
    }

    /// After a retake or a typed date at the summary: only what changed (the photo results),
    /// with the summary's buttons, not the whole checklist again.
    pub fn summary_update(&self, case: &Case, lead: Option<String>) -> Reply {
        let status = self.summary_status(case);
        let text = match lead {
            Some(lead) => format!("{lead}\n\n{status}"),
            None => status,
        };
        Reply::text(text).with_keyboard(self.summary_keyboard(case))
    }

    /// The summary title and one line per photo.
    fn summary_status(&self, case: &Case) -> String {
        let mut text = self.t("summary-title");
        for slot in case.slots() {
            let name = capitalized(&self.slot_name(slot, case.document));
            let line = match case.photo(slot).map(PhotoRecord::worst) {
                None if case.skipped.contains(&slot) || case.photo(slot).is_none() => {
                    self.ta("summary-slot-skipped", &fluent_args!["slot" => name])
                }
                Some(None) | None => self.ta("summary-slot-ok", &fluent_args!["slot" => name]),
                Some(Some(Severity::Warn)) => {
                    self.ta("summary-slot-warn", &fluent_args!["slot" => name])
                }
                Some(Some(Severity::Fail)) => {
                    self.ta("summary-slot-fail", &fluent_args!["slot" => name])
                }
            };
            text.push('\n');
            text.push_str(&line);
        }
        text
    }

    /// Retake buttons one per row (long slot names stay readable on a phone), then the rest.
    fn summary_keyboard(&self, case: &Case) -> Vec<Vec<Button>> {
        let mut rows: Vec<Vec<Button>> = case
            .slots()
            .into_iter()
            .map(|s| {
                let label = match (s, case.document) {
                    (Slot::Front, Some(DocType::Passport)) => "btn-retake-passport".to_owned(),
                    _ => format!("btn-retake-{}", s.as_str()),
                };
                vec![self.button(&label, Action::Retake(s))]
            })
            .collect();
        // The expiry check is about the identity document: not offered for a proof of address.
        rows.push(match case.slots().is_empty() {
            true => vec![self.button("btn-next-steps", Action::NextSteps)],
            false => vec![
                self.button("btn-expiry", Action::Expiry),
                self.button("btn-next-steps", Action::NextSteps),
            ],
        });
        rows.push(vec![
            self.button("btn-faq", Action::FaqMenu),
            self.button("btn-menu", Action::Menu),
        ]);
        rows
    }

    /// The ordered fix checklist, composed from the reason and every photo's findings.
    pub fn checklist(&self, case: &Case) -> Vec<String> {
        self.checklist_sections(case).steps()
    }

    fn checklist_sections(&self, case: &Case) -> checklist::Checklist {
        let reason = case.reason.unwrap_or(ReasonId::Unknown);
        let issues: Vec<(Kind, Issue)> = case
            .photos
            .iter()
            .flat_map(|p| p.issues.iter().map(move |i| (p.slot.kind(), i.clone())))
            .collect();
        let fit = checklist::Fit {
            passport: case.document.map(|d| d == DocType::Passport),
            photos_sent: !case.photos.is_empty(),
        };
        let mut checklist = checklist::compose_sections_for(self.lang, reason, &issues, &fit);
        if reason == ReasonId::AddressProof {
            // What OKX does not publish (which documents count, a general age limit), said as such.
            let heading = self.t("checklist-section-reason");
            if let Some(section) = checklist.sections.iter_mut().find(|s| s.heading == heading) {
                section.steps.push(self.t("address-proof-unpublished"));
            }
        }
        checklist
    }

    pub fn faq_menu(&self) -> Reply {
        let rows = FAQ_MENU
            .iter()
            .filter(|id| faq::FAQ_IDS.contains(id))
            .map(|id| vec![self.faq_button(id)])
            .chain(std::iter::once(vec![
                self.button("btn-continue", Action::Resume),
                self.button("btn-menu", Action::Menu),
            ]))
            .collect();
        Reply::text(self.t("faq-menu-title")).with_keyboard(rows).as_menu()
    }

    pub fn faq_answer(&self, id: &str) -> Reply {
        let text =
            format!("❓ {}\n\n{}", self.t(&format!("faq-{id}-q")), self.t(&format!("faq-{id}-a")));
        Reply::text(text).with_keyboard(vec![vec![
            self.button("btn-continue", Action::Resume),
            self.button("btn-more-questions", Action::FaqMenu),
        ]])
    }

    /// "Did you mean…?": the likeliest entries as buttons, then the whole FAQ menu.
    pub fn faq_did_you_mean(&self, ids: &[&'static str]) -> Reply {
        let rows = ids
            .iter()
            .map(|id| vec![self.faq_button(id)])
            .chain(std::iter::once(vec![self.button("btn-more-questions", Action::FaqMenu)]))
            .collect();
        Reply::text(self.t("faq-did-you-mean")).with_keyboard(rows).as_menu()
    }

    pub fn language_menu(&self) -> Reply {
        let rows = Lang::all()
            .collect::<Vec<_>>()
            .chunks(3)
            .map(|row| {
                row.iter().map(|l| Button::new(l.native_name(), Action::Language(*l))).collect()
            })
            .collect();
        Reply::text(self.t("language-choose")).with_keyboard(rows).as_menu()
    }

    /// Where to go from here. After a final reason (duplicate identity, not eligible) never
    /// "register" or "resubmit": the lines written for that case, official support, the Terms
    /// of Service for eligibility, and the scam warning one tap away.
    pub fn next_steps(&self, reason: Option<ReasonId>) -> Reply {
        if let Some(reason) = reason.filter(|r| r.is_final()) {
            let mut parts = vec![numbered(
                &crate::content::reasons::numbered_ids("checklist-final-")
                    .iter()
                    .map(|id| self.t(id))
                    .collect::<Vec<_>>(),
            )];
            if reason == ReasonId::NotEligible {
                parts.push(self.t("next-terms-link"));
            }
            parts.push(self.t("next-help-centre"));
            return Reply::text(parts.join("\n\n")).with_keyboard(vec![
                vec![self.button("btn-scam", Action::ScamWarning)],
                self.menu_row(),
            ]);
        }
        let text = ["next-register", "next-complete-kyc", "next-help-centre"]
            .map(|id| self.t(id))
            .join("\n\n");
        Reply::text(text).with_keyboard(vec![vec![
            self.button("btn-continue", Action::Resume),
            self.button("btn-menu", Action::Menu),
        ]])
    }
}

fn faq_id(id: &str) -> &'static str {
    faq::FAQ_IDS.iter().find(|x| **x == id).copied().unwrap_or("common_causes")
}

/// The text with its first letter upper-cased (for a slot name that starts a line); scripts
/// without case are unchanged.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter upper-cased, past a leading emoji and spaces.
fn capitalized_after_marks(text: &str) -> String {
    match text.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((at, _)) => format!("{}{}", &text[..at], capitalized(&text[at..])),
        None => text.to_owned(),
    }
}

/// "❌ A bright spot…" → "❌ ① Glare: A bright spot…": the finding the picture's marker ①
/// points at, named with its one localized word.
fn line_with_marker(line: &str, word: &str) -> String {
    match line.split_once(' ') {
        Some((mark, rest)) => format!("{mark} ① {word}: {rest}"),
        None => format!("① {word}: {line}"),
    }
}

/// A heading and its numbered steps.
fn section_text(heading: &str, steps: &[String]) -> String {
    format!("{heading}\n{}", numbered(steps))
}

fn numbered(steps: &[String]) -> String {
    steps.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)).collect::<Vec<_>>().join("\n")
}
