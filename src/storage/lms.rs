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

    /// A person reached `at`: the lesson is completed (and committed at once) when `at` is the
    /// point a trainer chose, the first time only.
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
        vec![Call::SetStatus(Status::Completed), Call::Commit]
    }

    /// The person leaves (Exit, or the page closes): the session is finished, once.
    pub fn exit(&mut self) -> Vec<Call> {
        if !self.started || self.finished {
            return vec![];
        }
        self.finished = true;
        vec![Call::Finish]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            vec![Call::SetStatus(Status::Completed), Call::Commit]
        );
        assert_eq!(
            s.reached(Reached::Results, CompleteAt::Results),
            vec![],
            "once only"
        );
        assert_eq!(s.exit(), vec![Call::Finish]);
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
            vec![Call::SetStatus(Status::Completed), Call::Commit]
        );
        let mut s = Session::default();
        s.start("incomplete");
        assert_eq!(
            s.reached(Reached::Questions, CompleteAt::Questions),
            vec![Call::SetStatus(Status::Completed), Call::Commit]
        );
    }

    #[test]
    fn nothing_is_said_before_the_session_starts() {
        let mut s = Session::default();
        assert_eq!(s.reached(Reached::Results, CompleteAt::Results), vec![]);
        assert_eq!(s.exit(), vec![]);
    }
}
