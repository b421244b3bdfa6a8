//! The crosswalk for course plans, in English.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    link: "The crosswalk: the parts of the cup beside four frameworks and guides used in peer training, with timing sheets for a 10- and a 30-minute module",
    intro: "For writing Full Cup into a course plan. Each table sets the parts of one framework beside the parts of the cup that touch them, with a line on why. It is our reading and a starting point for your own: none of these bodies has reviewed Full Cup, Full Cup is not part of any credential, and only the GAINS strategies are about peer workers' own wellness: SAMHSA's dimensions were written for people in recovery, and the IC&RC domains and CCAR's stool describe the work with others, so reading them for self-care is ours. A part sitting beside an element means its questions touch it, not that a module teaches it. Whether a module counts toward training or continuing-education hours is for your certification board to decide. The names in the first column are our paraphrases.",
    element_col: "In the framework",
    parts_col: "Parts of the cup",
    why_col: "Why",
    sources: "Source:",
    checked: "checked {date}",
    frameworks: [
        FrameworkWords {
            name: "SAMHSA's eight dimensions of wellness",
            about: "Eight connected sides of wellness, written for people living with mental health and substance use conditions. Here they are read for a peer worker's own wellness.",
            rows: &[
                RowWords { element: "Emotional", why: "Coping with what the work brings: the pain taken home, setbacks taken personally, noticing when the cup runs low." },
                RowWords { element: "Environmental", why: "Feeling safe where one works. Full Cup asks one question about it, nothing about home or surroundings." },
                RowWords { element: "Financial", why: "Pay one can live on; Full Cup asks one question about it, nothing more." },
                RowWords { element: "Intellectual", why: "Room to learn and grow in the role, and someone experienced to learn from." },
                RowWords { element: "Occupational", why: "Meaning found in the work, and a clear, respected role." },
                RowWords { element: "Physical", why: "Sleep and tiredness after long shifts and late calls. Full Cup asks nothing about exercise or food." },
                RowWords { element: "Social", why: "Colleagues, supervision and a recovery network to lean on." },
                RowWords { element: "Spiritual", why: "Purpose, and what keeps a person grounded." },
            ],
        },
        FrameworkWords {
            name: "IC&RC Peer Recovery domains",
            about: "The four domains of the IC&RC Peer Recovery credential: Advocacy, Mentoring and Education, Recovery and Wellness Support, and Ethical Responsibility. IC&RC's minimum standards ask 46 hours of training, 16 of them in Ethical Responsibility, and 20 hours of continuing education every two years, 6 of them in ethics; your board may ask more. One domain, Ethical Responsibility, speaks to a worker's own wellness.",
            rows: &[
                RowWords { element: "Ethical Responsibility", why: "It covers keeping to the limits of the role and responding to risks to welfare and safety. Read for the worker, as we read it: knowing one's warning signs, protecting one's recovery, telling a supervisor or support network when personal issues affect the work, saying no, and knowing what is not one's job." },
            ],
        },
        FrameworkWords {
            name: "The GAINS Center's wellness strategies for peer support workers",
            about: "Five strategies from a short article by SAMHSA's GAINS Center, drawn from talks with two peer workers: one in re-entry services after prison, one working with people experiencing homelessness. We give the strategies in our own words.",
            rows: &[
                RowWords { element: "Keep up your own recovery", why: "The same aim as My own recovery." },
                RowWords { element: "Set boundaries", why: "Limits of time, of the role and of what one can carry for others." },
                RowWords { element: "Be kind to yourself", why: "Letting go of blame when someone's path goes badly." },
                RowWords { element: "Use supervision and your organisation's support", why: "Supervision that understands the peer role, and what the workplace provides." },
                RowWords { element: "Remember your why", why: "The same aim as Meaning and anchoring." },
            ],
        },
        FrameworkWords {
            name: "CCAR's recovery coaching stool",
            about: "CCAR, which runs the Recovery Coach Academy, names the basics of recovery coaching as listening actively, asking good questions and managing your own stuff, pictured as the legs of a stool whose seat is treating each person as their own best resource. CCAR describes the third as being aware of one's biases and managing them; reading it as self-care as well is ours.",
            rows: &[
                RowWords { element: "Manage your own stuff", why: "Knowing one's own triggers, old pain stirred up by the work, and one's recovery, so that they stay out of the helping. Full Cup asks nothing about biases." },
                RowWords { element: "Each person is their own best resource", why: "Letting people go at their own pace, and not carrying outcomes that are theirs." },
            ],
        },
    ],
    timing_heading: "Timing sheets",
    timing_note: "Nobody takes the check-in in the room. The quick pulse (under 2 minutes) and the check-in (5 to 8 minutes) are offered for later, alone: class mode's code slide and the class pack say so.",
    ten_heading: "10 minutes: one part, one card",
    ten_steps: &[
        "Before: choose a lighter part; Carrying the weight and Holding outcomes lightly need the 30-minute sheet. Seat people in threes, with one copy of the card for each group.",
        "0:00 to 1:30. The ground rules, on class mode's first slide. Read the class pack's statement first only if every word of it is true for this class. Have the distress steps and your local lines ready.",
        "1:30 to 2:00. The part's slide: read its aim, and say which element of your course plan it sits beside (the slide does not show this).",
        "2:00 to 7:30. One person in each group reads the card aloud; then the timer at 5 minutes.",
        "7:30 to 8:45. One idea each from two or three groups that want to give one, never whose it was.",
        "8:45 to 9:30. The code slide: Full Cup later, alone.",
        "9:30 to 10:00. The close, with the support lines, and thanks.",
    ],
    thirty_heading: "30 minutes: the dot poster, a circle and its card",
    thirty_steps: &[
        "Before, at a break or as people arrive: the dot poster facing away from the room, one sticker each, nobody watching; with fewer than about six people, skip it and choose the part together.",
        "0:00 to 2:30. The ground rules, and the class pack's statement if every word of it is true for this class; the distress steps and your local lines ready.",
        "2:30 to 3:30. The part with the most stickers (count them yourself; if two tie, choose one); the sheet comes down, with no photographs.",
        "3:30 to 9:00. The circle: its aim, its question for the group, some silence, then sharing for anyone who wants to, with the timer at 5 minutes.",
        "9:00 to 19:30. Into threes with the same part's card; start the timer at 10 minutes once the groups have settled.",
        "19:30 to 22:00. Ideas back from the groups that want to give one, never whose they were.",
        "22:00 to 26:00. The circle's short practice, as its slide describes it (on one's own, in pairs or as a group), with the timer at 3 minutes. Nobody shares what they wrote unless they choose to, and nothing personal is collected.",
        "26:00 to 30:00. The code slide and the paper version to take home, then the close with the support lines.",
    ],
};
