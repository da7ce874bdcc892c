//! Renders states and findings into localized replies. Everything the person reads is built here,
//! from Fluent messages, so the transitions in `machine.rs` stay about flow only.

use crate::{
    content::{
        Lang, checklist, faq, localizer,
        reasons::{Family, ReasonId},
    },
    fluent_args,
    quality::{InputError, Issue, Kind, Severity},
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

    fn menu_row(&self) -> Vec<Button> {
        vec![self.button("btn-menu", Action::Menu)]
    }

    pub fn main_menu(&self, intro_id: &str) -> Reply {
        Reply::text(self.t(intro_id)).with_keyboard(vec![
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
    }

    /// The question of the current step again, with its buttons.
    pub fn prompt(&self, state: &State) -> Reply {
        match &state.step {
            Step::Menu => self.main_menu("menu-again"),
            Step::ChooseFamily => self.ask_family(),
            Step::ChooseReason { family } => self.ask_reason(*family),
            Step::ChooseDocument => self.ask_document(),
            Step::AwaitPhoto { slot, .. } => self.ask_photo(&state.case, *slot),
            Step::Summary => self.summary(&state.case),
            Step::AwaitExpiry => Reply::text(self.t("ask-expiry"))
                .with_keyboard(vec![vec![self.button("btn-back", Action::Back)]]),
        }
    }

    fn ask_family(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = Family::ALL
            .iter()
            .map(|f| vec![self.button(&format!("family-{}", f.as_str()), Action::Family(*f))])
            .collect();
        rows.push(vec![self.button("btn-no-reason", Action::NoReason)]);
        rows.push(vec![self.button("btn-back", Action::Back)]);
        Reply::text(self.t("ask-family")).with_keyboard(rows)
    }

    fn ask_reason(&self, family: Family) -> Reply {
        let mut rows: Vec<Vec<Button>> = family
            .reasons()
            .into_iter()
            .map(|r| vec![self.button(&format!("reason-{}", r.as_str()), Action::Reason(r))])
            .collect();
        rows.push(vec![self.button("btn-no-reason", Action::NoReason)]);
        rows.push(vec![self.button("btn-back", Action::Back)]);
        let text = self.ta(
            "ask-reason",
            &fluent_args!["family" => self.t(&format!("family-{}", family.as_str()))],
        );
        Reply::text(text).with_keyboard(rows)
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
        Reply::text(self.t("ask-document")).with_keyboard(rows)
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
        Reply::text(self.t(id)).with_keyboard(rows)
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

    pub fn slot_name(&self, slot: Slot) -> String {
        self.t(&format!("slot-{}", slot.as_str()))
    }

    /// The checker's findings on one photo.
    pub fn photo_result(
        &self,
        record: &PhotoRecord,
        same_again: bool,
        annotated: Option<Vec<u8>>,
    ) -> Reply {
        let slot = self.slot_name(record.slot);
        let mut text = match record.worst() {
            None => self.ta("photo-ok", &fluent_args!["slot" => slot]),
            Some(Severity::Warn) => self.ta("photo-warn", &fluent_args!["slot" => slot]),
            Some(Severity::Fail) => self.ta("photo-fail", &fluent_args!["slot" => slot]),
        };
        for issue in &record.issues {
            text.push('\n');
            text.push_str(&self.issue_line(record.slot.kind(), issue));
        }
        if same_again {
            text.push_str("\n\n");
            text.push_str(&self.t("photo-same-again"));
        }
        let photo = if record.issues.is_empty() { None } else { annotated };
        Reply { text, keyboard: Vec::new(), photo }
    }

    /// "❌ Glare: a bright spot covers the top-right corner of the document. Tilt it…"
    pub fn issue_line(&self, kind: Kind, issue: &Issue) -> String {
        let mark = match issue.severity {
            Severity::Fail => "❌",
            Severity::Warn => "⚠️",
        };
        format!(
            "{mark} {}: {}",
            self.t(&format!("issue-{}", issue.code.as_str())),
            self.issue_fix(kind, issue)
        )
    }

    pub fn issue_fix(&self, kind: Kind, issue: &Issue) -> String {
        checklist::issue_fix_text(self.lang, kind, issue)
    }

    /// After a photo that failed: the next photo is a retake; a button keeps this one.
    pub fn retake_hint(&self) -> Reply {
        Reply::text(self.t("photo-retake-hint")).with_keyboard(vec![
            vec![self.button("btn-keep-photo", Action::Continue)],
            vec![self.button("btn-back", Action::Back), self.button("btn-menu", Action::Menu)],
        ])
    }

    pub fn input_error(&self, error: &InputError) -> Reply {
        Reply::text(self.t(&format!("input-error-{}", error.code.as_str())))
    }

    /// The end of the flow: each photo's status and the ordered checklist.
    pub fn summary(&self, case: &Case) -> Reply {
        let mut text = self.t("summary-title");
        for slot in case.slots() {
            let name = capitalized(&self.slot_name(slot));
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
        text.push_str("\n\n");
        text.push_str(&self.t("summary-checklist-title"));
        text.push('\n');
        text.push_str(&numbered(&self.checklist(case)));
        let mut rows: Vec<Vec<Button>> = vec![
            case.slots()
                .into_iter()
                .map(|s| {
                    Button::new(
                        self.ta(
                            "btn-retake",
                            &fluent_args!["slot" => capitalized(&self.slot_name(s))],
                        ),
                        Action::Retake(s),
                    )
                })
                .collect(),
        ];
        rows.push(vec![
            self.button("btn-expiry", Action::Expiry),
            self.button("btn-next-steps", Action::NextSteps),
        ]);
        rows.push(vec![
            self.button("btn-faq", Action::FaqMenu),
            self.button("btn-menu", Action::Menu),
        ]);
        Reply::text(text).with_keyboard(rows)
    }

    /// The ordered fix checklist, composed from the reason and every photo's findings.
    pub fn checklist(&self, case: &Case) -> Vec<String> {
        let reason = case.reason.unwrap_or(ReasonId::Unknown);
        let issues: Vec<(Kind, Issue)> = case
            .photos
            .iter()
            .flat_map(|p| p.issues.iter().map(move |i| (p.slot.kind(), i.clone())))
            .collect();
        checklist::compose(self.lang, reason, &issues)
    }

    pub fn faq_menu(&self) -> Reply {
        let rows = FAQ_MENU
            .iter()
            .filter(|id| faq::FAQ_IDS.contains(id))
            .map(|id| vec![Button::new(self.t(&format!("faq-{id}-q")), Action::Faq(faq_id(id)))])
            .chain(std::iter::once(vec![
                self.button("btn-continue", Action::Back),
                self.button("btn-menu", Action::Menu),
            ]))
            .collect();
        Reply::text(self.t("faq-menu-title")).with_keyboard(rows)
    }

    pub fn faq_answer(&self, id: &str) -> Reply {
        let text =
            format!("❓ {}\n\n{}", self.t(&format!("faq-{id}-q")), self.t(&format!("faq-{id}-a")));
        Reply::text(text).with_keyboard(vec![vec![
            self.button("btn-continue", Action::Back),
            self.button("btn-more-questions", Action::FaqMenu),
        ]])
    }

    /// "Did you mean…?": the likeliest entries as buttons, then the whole FAQ menu.
    pub fn faq_did_you_mean(&self, ids: &[&'static str]) -> Reply {
        let rows = ids
            .iter()
            .map(|id| vec![Button::new(self.t(&format!("faq-{id}-q")), Action::Faq(faq_id(id)))])
            .chain(std::iter::once(vec![self.button("btn-more-questions", Action::FaqMenu)]))
            .collect();
        Reply::text(self.t("faq-did-you-mean")).with_keyboard(rows)
    }

    pub fn language_menu(&self) -> Reply {
        let rows = Lang::all()
            .collect::<Vec<_>>()
            .chunks(3)
            .map(|row| {
                row.iter().map(|l| Button::new(l.native_name(), Action::Language(*l))).collect()
            })
            .collect();
        Reply::text(self.t("language-choose")).with_keyboard(rows)
    }

    pub fn next_steps(&self) -> Reply {
        let text = ["next-register", "next-complete-kyc", "next-help-centre"]
            .map(|id| self.t(id))
            .join("\n\n");
        Reply::text(text).with_keyboard(vec![vec![
            self.button("btn-continue", Action::Back),
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

fn numbered(steps: &[String]) -> String {
    steps.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)).collect::<Vec<_>>().join("\n")
}
