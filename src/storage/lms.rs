//! What Full Cup tells a learning management system (SCORM 1.2), as a pure plan of calls: whether
//! the lesson is incomplete or completed, and nothing else. No call ever carries an answer, a
//! level, a score, suspend data, interactions or a location; the only element ever read or written
//! is `cmi.core.lesson_status`. `ui::device` finds the LMS's API and makes the calls in order.

use crate::storage::config::CompleteAt;

/// The one data-model element Full Cup reads or writes.
pub const LESSON_STATUS: &str = "cmi.core.lesson_status";

/// One call to the SCORM 1.2 API (`LMSInitialize("")` and so on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Initialize,
    /// Reads [`LESSON_STATUS`]: a person who already completed the lesson is never set back.
    GetStatus,
    /// Writes [`LESSON_STATUS`].
    SetStatus(Status),
    Commit,
    Finish,
}

/// The two lesson statuses Full Cup ever writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Incomplete,
    Completed,
}

impl Status {
    /// The SCORM 1.2 vocabulary word.
    pub fn word(self) -> &'static str {
        match self {
            Status::Incomplete => "incomplete",
            Status::Completed => "completed",
        }
    }
}

/// Where a person is in the app, as far as completion is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reached {
    /// The first page of questions.
    Questions,
    /// Their results.
    Results,
    /// My plan.
    Plan,
}

/// The session with the LMS: what has been said so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Session {
    started: bool,
    completed: bool,
    /// "completed" was set and not yet committed.
    uncommitted: bool,
    finished: bool,
}

impl Session {
    /// After `LMSInitialize` succeeded and the status was read: marks the lesson incomplete unless
    /// the LMS already holds it as completed (or passed), and commits at once.
    pub fn start(&mut self, status_in_lms: &str) -> Vec<Call> {
        if self.started || self.finished {
            return vec![];
        }
        self.started = true;
        if matches!(status_in_lms.trim(), "completed" | "passed") {
            self.completed = true;
            return vec![];
        }
        vec![Call::SetStatus(Status::Incomplete), Call::Commit]
    }

    /// A person reached `at`: the lesson is completed when `at` is the point a trainer chose, the
    /// first time only. The status is set at once; it is committed only when the page is hidden
    /// ([`Session::hidden`]) or by finishing the session ([`Session::exit`]). An LMS may take seconds over a commit,
    /// and a page waiting on one cannot answer Exit: a commit must never come just after the
    /// results appear, when a person is most likely to want to leave quickly.
    pub fn reached(&mut self, at: Reached, complete_at: CompleteAt) -> Vec<Call> {
        let point = match complete_at {
            CompleteAt::Questions => Reached::Questions,
            CompleteAt::Results => Reached::Results,
            CompleteAt::Plan => Reached::Plan,
        };
        if !self.started || self.completed || self.finished || at != point {
            return vec![];
        }
        self.completed = true;
        self.uncommitted = true;
        vec![Call::SetStatus(Status::Completed)]
    }

    /// The page was hidden (another tab, the phone locked): a completion not yet committed is
    /// committed now, while nobody is looking at the page.
    pub fn hidden(&mut self) -> Vec<Call> {
        if !self.uncommitted || self.finished {
            return vec![];
        }
        self.uncommitted = false;
        vec![Call::Commit]
    }

    /// The person leaves (Exit, or the page closes): the session is finished, once. `LMSFinish`
    /// persists whatever was set, as a commit would (IEEE 1484.11.2, the standard behind the
    /// SCORM API), so a completion not yet committed needs no call of its own: on the way out,
    /// one call is all the page can count on making.
    pub fn exit(&mut self) -> Vec<Call> {
        if !self.started || self.finished {
            return vec![];
        }
        self.finished = true;
        self.uncommitted = false;
        vec![Call::Finish]
    }

    /// The session as a number, for the whole app taking over from the first-visit build in the
    /// same page (`ui::device::take_over`): the session goes on there, never begun twice.
    pub fn to_bits(self) -> u32 {
        [
            self.started,
            self.completed,
            self.uncommitted,
            self.finished,
        ]
        .iter()
        .enumerate()
        .map(|(i, b)| u32::from(*b) << i)
        .sum()
    }

    /// The session [`Session::to_bits`] wrote; `None` for a number it never writes.
    pub fn from_bits(bits: u32) -> Option<Session> {
        if bits > 0b1111 {
            return None;
        }
        let bit = |i: u32| bits & (1 << i) != 0;
        Some(Session {
            started: bit(0),
            completed: bit(1),
            uncommitted: bit(2),
            finished: bit(3),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_carried_to_the_whole_app_goes_on_as_it_was() {
        // Every state a session reaches.
        let mut reached = vec![Session::default()];
        let mut s = Session::default();
        s.start("not attempted");
        reached.push(s);
        s.reached(Reached::Results, CompleteAt::Results);
        reached.push(s);
        s.hidden();
        reached.push(s);
        s.exit();
        reached.push(s);
        let mut done = Session::default();
        done.start("completed");
        reached.push(done);
        // Each, carried over, is the same session: it plans the same calls from there on.
        for session in reached {
            assert_eq!(Session::from_bits(session.to_bits()), Some(session));
        }
        // Sixteen states fit in four bits; nothing above them is read.
        assert!((0..16).all(|b| Session::from_bits(b).map(Session::to_bits) == Some(b)));
        assert_eq!(Session::from_bits(16), None);
    }

    #[test]
    fn a_first_visit_is_incomplete_then_completed_at_the_results_then_finished() {
        let mut s = Session::default();
        assert_eq!(
            s.start("not attempted"),
            vec![Call::SetStatus(Status::Incomplete), Call::Commit]
        );
        assert_eq!(s.reached(Reached::Questions, CompleteAt::Results), vec![]);
        assert_eq!(
            s.reached(Reached::Results, CompleteAt::Results),
            vec![Call::SetStatus(Status::Completed)],
            "set at once, committed later"
        );
        assert_eq!(
            s.reached(Reached::Results, CompleteAt::Results),
            vec![],
            "once only"
        );
        assert_eq!(
            s.exit(),
            vec![Call::Finish],
            "finishing persists what was set"
        );
        assert_eq!(s.exit(), vec![], "finished once");
        assert_eq!(s.reached(Reached::Plan, CompleteAt::Plan), vec![]);
    }

    #[test]
    fn a_completed_lesson_is_never_set_back() {
        for done in ["completed", "passed"] {
            let mut s = Session::default();
            assert_eq!(s.start(done), vec![]);
            assert_eq!(s.reached(Reached::Results, CompleteAt::Results), vec![]);
            assert_eq!(s.exit(), vec![Call::Finish]);
        }
    }

    #[test]
    fn the_trainer_chooses_the_point_of_completion() {
        let mut s = Session::default();
        s.start("");
        assert_eq!(s.reached(Reached::Results, CompleteAt::Plan), vec![]);
        assert_eq!(
            s.reached(Reached::Plan, CompleteAt::Plan),
            vec![Call::SetStatus(Status::Completed)]
        );
        let mut s = Session::default();
        s.start("incomplete");
        assert_eq!(
            s.reached(Reached::Questions, CompleteAt::Questions),
            vec![Call::SetStatus(Status::Completed)]
        );
    }

    #[test]
    fn a_completion_is_committed_when_the_page_is_hidden_or_left_never_as_the_results_appear() {
        let mut s = Session::default();
        s.start("");
        assert_eq!(s.hidden(), vec![], "nothing to commit yet");
        s.reached(Reached::Results, CompleteAt::Results);
        assert_eq!(s.hidden(), vec![Call::Commit]);
        assert_eq!(s.hidden(), vec![], "committed once");
        assert_eq!(s.exit(), vec![Call::Finish], "nothing left to commit");
        assert_eq!(s.hidden(), vec![], "nothing after the end");
    }

    #[test]
    fn nothing_is_said_before_the_session_starts() {
        let mut s = Session::default();
        assert_eq!(s.reached(Reached::Results, CompleteAt::Results), vec![]);
        assert_eq!(s.exit(), vec![]);
    }
}
