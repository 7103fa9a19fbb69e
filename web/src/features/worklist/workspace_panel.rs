//! Keeping the collection log in this browser, after the user opts in: the
//! workspace the page's log and sender's details are saved to as they change,
//! the workspaces kept ([`crate::workspaces`]), and the controls to keep, open,
//! close and erase them. A file the page opens reopens the one workspace it was
//! used with; when several were, the user chooses (two clients' logs never mix).

use crate::workspaces::{self, Workspace};
use arlens::collections::drafts::Sender;
use arlens::collections::log::CollectionLog;
use arlens::labels::plural;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The workspace open (if any), the workspaces kept in this browser, and the
/// last message of keeping, opening or erasing.
#[derive(Debug, Clone, Copy)]
pub struct Keeping {
    /// The name of the workspace the page saves to.
    pub current: RwSignal<Option<String>>,
    /// Every workspace kept in this browser, by name.
    pub kept: RwSignal<Vec<Workspace>>,
    /// What the last action did, in a sentence.
    pub message: RwSignal<Option<String>>,
    log: RwSignal<CollectionLog>,
    sender: RwSignal<Sender>,
    file: Memo<String>,
    today: Signal<String>,
}

impl Keeping {
    /// Starts keeping for the page: reads the workspaces kept (when the user
    /// opted in before), reopens the one used with each file the page opens,
    /// and saves the log and sender's details while a workspace is open.
    pub fn start(
        file: Memo<String>,
        log: RwSignal<CollectionLog>,
        sender: RwSignal<Sender>,
        today: Signal<String>,
    ) -> Self {
        let keeping = Keeping {
            current: RwSignal::new(None),
            kept: RwSignal::new(Vec::new()),
            message: RwSignal::new(None),
            log,
            sender,
            file,
            today,
        };
        let loaded = RwSignal::new(false);
        spawn_local(async move {
            match workspaces::all().await {
                Ok((kept, unreadable)) => {
                    keeping.kept.set(kept);
                    if unreadable > 0 {
                        keeping.message.set(Some(format!(
                            "{} kept in this browser could not be read and {} left as {}.",
                            plural(unreadable, "workspace", "workspaces"),
                            if unreadable == 1 { "is" } else { "are" },
                            if unreadable == 1 { "it is" } else { "they are" }
                        )));
                    }
                }
                Err(e) => keeping.message.set(Some(e)),
            }
            loaded.set(true);
        });
        // A file opened: the one workspace used with it opens (none open yet).
        Effect::new(move |_| {
            let name = file.get();
            if !loaded.get() || name.is_empty() {
                return;
            }
            // A workspace open: a new file is next month's export or another client's; say so.
            if let Some(open) = keeping.current.get_untracked() {
                let used = keeping
                    .kept
                    .with_untracked(|k| k.iter().any(|w| w.name == open && w.files.contains(&name)));
                if !used {
                    keeping.message.set(Some(format!(
                        "Workspace “{open}” stays open for {name}: close it if this file is another client's."
                    )));
                }
                return;
            }
            let used: Vec<String> = keeping.kept.with_untracked(|k| {
                k.iter().filter(|w| w.files.contains(&name)).map(|w| w.name.clone()).collect()
            });
            match used.as_slice() {
                [one] => {
                    keeping.open(one);
                    keeping.message.set(Some(format!("Workspace “{one}” opened: it was used with {name}.")));
                }
                [] => {}
                many => keeping.message.set(Some(format!(
                    "{} were used with {name} ({}): open one to see its log.",
                    plural(many.len(), "workspace", "workspaces"),
                    many.join(", ")
                ))),
            }
        });
        // While a workspace is open, every change of the log or the sender's details is saved.
        Effect::new(move |_| {
            let Some(name) = keeping.current.get() else { return };
            let (log, sender) = (log.get(), sender.get());
            let file = file.get_untracked();
            let Some(mut workspace) =
                keeping.kept.with_untracked(|k| k.iter().find(|w| w.name == name).cloned())
            else {
                return;
            };
            if workspace.log == log && workspace.sender == sender && workspace.files.contains(&file) {
                return;
            }
            workspace.log = log;
            workspace.sender = sender;
            if !file.is_empty() && !workspace.files.contains(&file) {
                workspace.files.push(file);
            }
            workspace.saved = today.get_untracked();
            keeping.save(workspace, None);
        });
        keeping
    }

    /// Writes `workspace`, then lists it and says `done`.
    fn save(self, workspace: Workspace, done: Option<String>) {
        spawn_local(async move {
            match workspaces::put(&workspace).await {
                Ok(()) => {
                    let name = workspace.name.clone();
                    self.kept.update(|k| {
                        k.retain(|w| w.name != name);
                        k.push(workspace);
                        k.sort_by_key(|a| a.name.to_lowercase());
                    });
                    if let Some(done) = done {
                        self.current.set(Some(name));
                        self.message.set(Some(done));
                    }
                }
                Err(e) => self.message.set(Some(e)),
            }
        });
    }

    /// Keeps the page's log and sender's details as a new workspace `name`.
    pub fn keep_as(self, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            self.message.set(Some("Give the workspace a name, such as the client's.".to_owned()));
            return;
        }
        if self.kept.with_untracked(|k| k.iter().any(|w| w.name.to_lowercase() == name.to_lowercase())) {
            self.message.set(Some(format!(
                "A workspace named “{name}” is already kept in this browser: open it, or choose another name."
            )));
            return;
        }
        let workspace = Workspace::new(
            name,
            self.log.get_untracked(),
            self.sender.get_untracked(),
            &self.file.get_untracked(),
            &self.today.get_untracked(),
        );
        let events = plural(workspace.log.events.len(), "event", "events");
        self.save(
            workspace,
            Some(format!("The log ({events}) is kept in this browser as workspace “{name}”; changes are saved as you make them.")),
        );
    }

    /// Opens the workspace `name`: its log and sender's details replace the page's.
    pub fn open(self, name: &str) {
        let Some(w) = self.kept.with_untracked(|k| k.iter().find(|w| w.name == name).cloned()) else {
            return;
        };
        let replaced = if self.current.get_untracked().is_none() {
            self.log.with_untracked(|l| l.events.len())
        } else {
            0
        };
        self.log.set(w.log.clone());
        self.sender.set(w.sender.clone());
        self.current.set(Some(w.name.clone()));
        let mut said = format!(
            "Workspace “{}” opened: {}, saved on {}.",
            w.name,
            plural(w.log.events.len(), "event", "events"),
            w.saved
        );
        if replaced > 0 {
            said.push_str(&format!(
                " The {} logged in this page only were set aside.",
                plural(replaced, "event", "events")
            ));
        }
        self.message.set(Some(said));
    }

    /// Stops saving to the open workspace; the page starts from an empty log.
    pub fn close(self) {
        let Some(name) = self.current.get_untracked() else { return };
        self.current.set(None);
        self.log.set(CollectionLog::default());
        self.sender.set(Sender::default());
        self.message.set(Some(format!(
            "Workspace “{name}” closed: it stays in this browser; the page's log starts empty."
        )));
    }

    /// Erases the workspace `name` from this browser (and from the page when open).
    pub fn erase(self, name: String) {
        spawn_local(async move {
            match workspaces::erase(&name).await {
                Ok(()) => {
                    self.kept.update(|k| k.retain(|w| w.name != name));
                    if self.current.get_untracked().as_deref() == Some(name.as_str()) {
                        self.current.set(None);
                        self.log.set(CollectionLog::default());
                        self.sender.set(Sender::default());
                    }
                    self.message.set(Some(format!("Workspace “{name}” is erased from this browser.")));
                }
                Err(e) => self.message.set(Some(e)),
            }
        });
    }

    /// Erases every workspace and the opt-in: nothing of arlens's logs stays in this browser.
    pub fn erase_all(self) {
        spawn_local(async move {
            match workspaces::erase_all().await {
                Ok(()) => {
                    let n = self.kept.with_untracked(Vec::len);
                    self.kept.set(Vec::new());
                    self.current.set(None);
                    self.log.set(CollectionLog::default());
                    self.sender.set(Sender::default());
                    self.message.set(Some(format!(
                        "{} erased: no collection log is kept in this browser.",
                        plural(n, "workspace", "workspaces")
                    )));
                }
                Err(e) => self.message.set(Some(e)),
            }
        });
    }
}

/// Where the log is kept, and the controls to keep it in this browser, open,
/// close and erase workspaces.
#[component]
pub fn WorkspaceTools(
    /// The file's name, the suggested workspace name.
    file: String,
) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let asking = RwSignal::new(false);
    let suggested = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s).to_owned();
    let name = RwSignal::new(suggested);
    let choice = RwSignal::new(String::new());
    let status = move || {
        match keeping.current.get() {
        Some(name) => {
            let saved = keeping
                .kept
                .with(|k| k.iter().find(|w| w.name == name).map(|w| w.saved.clone()))
                .unwrap_or_default();
            view! {
                <span data-testid="keep-status">"Kept in this browser as workspace " <strong>{format!("“{name}”")}</strong> {format!(", saved on {saved}.")}</span>
                <button type="button" data-testid="keep-close" on:click=move |_| keeping.close()>"Close workspace"</button>
                <button type="button" data-testid="keep-erase" on:click={
                    let name = name.clone();
                    move |_| keeping.erase(name.clone())
                }>{format!("Erase “{name}” from this browser")}</button>
            }
            .into_any()
        }
        None => view! {
            <span data-testid="keep-status">"The log is kept in this page only: export it, or keep it in this browser."</span>
            <button type="button" data-testid="keep-start" on:click=move |_| asking.update(|a| *a = !*a)>"Keep in this browser…"</button>
        }
        .into_any(),
    }
    };
    let ask = move || {
        (asking.get() && keeping.current.get().is_none()).then(|| {
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                keeping.keep_as(&name.get_untracked());
                asking.set(false);
            };
            view! {
                <form class="keep-form" on:submit=submit>
                    <label class="field">
                        <span>"Workspace name (one per client ledger)"</span>
                        <input data-testid="keep-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    </label>
                    <button type="submit" data-testid="keep-create">"Keep"</button>
                    <span class="hint">"Stored by this browser on this computer only (IndexedDB); erase it here at any time."</span>
                </form>
            }
        })
    };
    let others = move || {
        let current = keeping.current.get();
        let names: Vec<String> = keeping.kept.with(|k| {
            k.iter().filter(|w| Some(&w.name) != current.as_ref()).map(|w| w.name.clone()).collect()
        });
        (!names.is_empty()).then(|| {
            let first = names.first().cloned().unwrap_or_default();
            if !names.contains(&choice.get_untracked()) {
                choice.set(first);
            }
            let options = names.iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view();
            view! {
                <label class="field">
                    <span>"Workspaces in this browser"</span>
                    <select data-testid="keep-choice" prop:value=move || choice.get() on:change=move |ev| choice.set(event_target_value(&ev))>{options}</select>
                </label>
                <button type="button" data-testid="keep-open" on:click=move |_| keeping.open(&choice.get_untracked())>"Open"</button>
            }
        })
    };
    let erase_all = move || {
        (!keeping.kept.with(Vec::is_empty)).then(|| {
            view! { <button type="button" class="link" data-testid="keep-erase-all" on:click=move |_| keeping.erase_all()>"Erase every workspace from this browser"</button> }
        })
    };
    view! {
        <div class="keep" data-testid="keep">
            <p class="keep-line">{status}</p>
            {ask}
            <p class="keep-line">{others} {erase_all}</p>
            <p aria-live="polite" data-testid="keep-message">{move || keeping.message.get()}</p>
        </div>
    }
}
