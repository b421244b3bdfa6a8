//! The crosswalk for course plans, in English.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    title: "Crosswalk for course plans",
    link: "The crosswalk: the parts of the cup beside four frameworks used in peer training, with timing sheets for a 10- and a 30-minute module",
    intro: "For writing Full Cup into a course plan. Each table sets the parts of one framework beside the parts of the cup that touch them, with a line on why. It is our reading and a starting point for your own: none of these bodies has reviewed Full Cup, Full Cup is not part of any credential, and some of the frameworks were written about the people peer workers support rather than about the workers themselves.",
    element_col: "In the framework",
    parts_col: "Parts of the cup",
    why_col: "Why",
    sources: "Source:",
    checked: "checked {date}",
    frameworks: [
        FrameworkWords {
            name: "SAMHSA's eight dimensions of wellness",
            about: "Eight connected sides of wellness, written for people living with mental health and substance use conditions. Here they are read for a peer worker's own wellness, which is our use of them.",
            rows: &[
                RowWords { element: "Emotional", why: "Coping with what the work brings: the pain taken home, setbacks taken personally, noticing when the cup runs low." },
                RowWords { element: "Environmental", why: "Feeling safe where one works." },
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
            about: "The four domains of the IC&RC Peer Recovery credential: Advocacy, Mentoring and Education, Recovery and Wellness Support, and Ethical Responsibility. The credential asks 46 hours of training, 16 of them in Ethical Responsibility, and 6 ethics hours in every two-year renewal. Two domains touch a worker's own wellness.",
            rows: &[
                RowWords { element: "Ethical Responsibility", why: "It includes responding to one's own risk indicators and keeping to the limits of the role: knowing one's warning signs, protecting one's recovery, saying no, and knowing what is not one's job." },
                RowWords { element: "Advocacy", why: "It includes self-advocacy and a whole-person view of wellness: asking for the support and the conditions the role needs." },
            ],
        },
        FrameworkWords {
            name: "The GAINS Center's wellness strategies for peer support workers",
            about: "Five strategies gathered by SAMHSA's GAINS Center from peer workers in justice settings.",
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
            about: "CCAR's Recovery Coach Academy teaches coaching as a stool: listening, asking good questions, and managing one's own stuff, with each person as their own best resource. CCAR frames the third leg as knowing and managing one's own biases and reactions; reading it as self-care too is ours.",
            rows: &[
                RowWords { element: "Manage your own stuff", why: "Knowing one's own triggers, old pain stirred up by the work, and one's recovery, so that they stay out of the helping." },
                RowWords { element: "Each person is their own best resource", why: "Letting people go at their own pace, and not carrying outcomes that are theirs." },
            ],
        },
    ],
    timing_heading: "Timing sheets",
    timing_note: "Nobody takes the check-in in the room. The quick pulse (about 2 minutes) and the check-in (5 to 8 minutes) are offered for later, alone: class mode's code slide and the class pack say so.",
    ten_heading: "10 minutes: one part, one card",
    ten_steps: &[
        "0:00 to 1:30. The class pack's statement and the ground rules, on class mode's first slide.",
        "1:30 to 2:00. The part's slide: its aim, and the row of the crosswalk it serves.",
        "2:00 to 7:15. In threes, the part's discussion card, with the timer at 5 minutes.",
        "7:15 to 8:45. One idea back from each group, never whose it was.",
        "8:45 to 9:30. The code slide: Full Cup later, alone.",
        "9:30 to 10:00. The close, with the support lines, and thanks.",
    ],
    thirty_heading: "30 minutes: the dot poster, a circle and its card",
    thirty_steps: &[
        "Before: the dot poster facing away from the room, one sticker each, nobody watching; with fewer than about six people, skip it and choose the part together.",
        "0:00 to 2:30. The statement and the ground rules, with the distress steps ready.",
        "2:30 to 3:30. The part with the most stickers; the sheet comes down, with no photographs.",
        "3:30 to 9:00. The circle: its aim, its question for the group, some silence, then sharing, with the timer at 5 minutes.",
        "9:00 to 19:00. The same part's card, in threes, with the timer at 10 minutes.",
        "19:00 to 22:00. Ideas back from the groups, never whose they were.",
        "22:00 to 26:00. The circle's short practice, done privately, with the timer at 3 minutes.",
        "26:00 to 30:00. The code slide and the paper version to take home, then the close with the support lines.",
    ],
};
