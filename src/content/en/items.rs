//! English wording of themes, questions, safety questions, suggestions, bands and research.
//!
//! Everything here is written in our own words. Questions are statements answered on the scale
//! Never to Always; the page says once that they are about the last 4 weeks.

use crate::assessment::{Band, Source, Theme};
use crate::content::{item, sug, BandText, Card, ResearchText, ThemeText, ThemeTraining};
use crate::content::{ItemText, SuggestionText};

pub static THEMES: &[ThemeText] = &[
    ThemeText {
        theme: Theme::Intensity,
        title: "Carrying the weight",
        intro: "How much the hard side of the work has stayed with you.",
        covers: "Tiredness, the pain you take in from others, grief after deaths, systems that let people down, work that stirs up your own past, and telling your own story.",
        strength: "You are finding ways to carry the hard parts of the work.",
    },
    ThemeText {
        theme: Theme::Recovery,
        title: "My own recovery",
        intro: "How well your own recovery has been looked after, apart from your work.",
        covers: "Your own meetings, sponsor, therapy or other practices, keeping your meetings even when people you support go there too, and keeping helping apart from your own recovery.",
        strength: "You are keeping your own recovery first.",
    },
    ThemeText {
        theme: Theme::Outcomes,
        title: "Holding outcomes lightly",
        intro: "How you have carried the ups and downs of the people you support.",
        covers: "Taking relapses or deaths personally, feeling responsible for someone else's recovery, and meeting people where they are.",
        strength: "You are doing your part and letting others own their recovery.",
    },
    ThemeText {
        theme: Theme::Awareness,
        title: "Knowing my signals",
        intro: "How well you have noticed what is going on inside you.",
        covers: "Spotting your own triggers and early signs of burnout, being honest with yourself, and stepping back when you need to.",
        strength: "You are noticing your own signals and acting on them.",
    },
    ThemeText {
        theme: Theme::Boundaries,
        title: "Boundaries and off-hours",
        intro: "How much work has reached into the rest of your life.",
        covers: "A phone that is always on, work in your evenings and family time, sleep around shifts and late calls, meeting people you support around town, and saying no.",
        strength: "You are keeping your time off your own.",
    },
    ThemeText {
        theme: Theme::Support,
        title: "Support around me",
        intro: "Who has been there for you in this work.",
        covers: "Colleagues who check in, supervision that understands the peer role, your recovery network, talking after hard events, and an experienced peer to learn from.",
        strength: "You have people around you who help you carry the work.",
    },
    ThemeText {
        theme: Theme::Meaning,
        title: "Meaning and anchoring",
        intro: "What has kept you going and kept you grounded.",
        covers: "A sense of purpose, joy in others' progress, small wins, good memories, and the practices that ground you, whatever they are.",
        strength: "You are finding meaning in your work and things that keep you grounded.",
    },
    ThemeText {
        theme: Theme::Workplace,
        title: "Role and workplace",
        intro: "How your job and your team have treated your role.",
        covers: "A clear role, respect from staff who are not peers, being asked only what your role and training prepare you for, feeling safe, pay you can live on, and room to grow.",
        strength: "Your workplace is backing you in your role.",
    },
];

/// What a trainer uses for each part of the cup (`content::Training::themes`), apart from
/// [`THEMES`] so that the build a visit starts with leaves it out.
pub static THEME_TRAINING: &[ThemeTraining] = &[
    ThemeTraining {
        theme: Theme::Intensity,
        prompt: "What small things can a peer worker do to set down the weight of a hard day before going home?",
        aim: "Name what the work asks us to carry, and share ways to set it down.",
        practice: "Each person quietly writes down one thing they carried home this month, then one small way they set a load down. Share only the second, if you want to.",
        card: Card {
            situation: "A peer worker spent the afternoon with someone who told a painful story. At home that evening, the story keeps coming back.",
            questions: [
                "What might the worker be carrying home, and how could it show?",
                "What could they do before leaving work, or on the way home, to set some of it down, or who could they talk it through with?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Recovery,
        prompt: "Helping others all day can feel like recovery work. How is it different from looking after your own recovery?",
        aim: "Remind each other that our own recovery comes first, before the work.",
        practice: "Each person writes one recovery habit they want to protect this week, folds the paper and keeps it. Nobody needs to share it.",
        card: Card {
            situation: "A peer worker has been so busy that they have missed their own recovery support for a month. They tell themselves that helping others all day counts.",
            questions: [
                "What is the same, and what is different, between helping others all day and a peer worker looking after their own recovery?",
                "What could help them get back to their own support, and what could their team or supervisor do to make room for it?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Outcomes,
        prompt: "What does \"planting seeds\" mean in peer work, and how can the idea help after a setback?",
        aim: "Tell apart what is ours to do from what belongs to the people we support.",
        practice: "Draw two circles, one for \"my part\" and one for \"not mine\". Privately, sort three recent worries into them.",
        card: Card {
            situation: "Someone a peer worker has supported for months has started using again, and still wants to meet. The worker keeps going over what they might have missed.",
            questions: [
                "What was in the worker's hands, and what was not?",
                "What could a colleague say that would help, and what might not help?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Awareness,
        prompt: "What are some early signs that a peer worker's cup is running low, and who might notice them first?",
        aim: "Get to know our own early warning signs, and who could notice them.",
        practice: "Each person lists three signs that they are running low and one person they could tell. Keep the list somewhere you will see it.",
        card: Card {
            situation: "A peer worker's friends and colleagues notice that they are short-tempered, tired and skipping meals. The worker says they are fine, just busy.",
            questions: [
                "Which signs might the worker notice first in themselves, and which might others see first?",
                "How could someone raise it kindly, and what could make it easier for the worker to hear it, or to step back for a while?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Boundaries,
        prompt: "What kind words can a peer worker use to say \"not now\" to someone they support?",
        aim: "Practise kind ways to protect time off.",
        practice: "In pairs, take turns saying one kind \"not now\" sentence out loud, until it starts to feel natural.",
        card: Card {
            situation: "Someone the peer worker supports sends messages late at night. The worker always answers, and now feels they cannot stop.",
            questions: [
                "What might the worker fear would happen if they waited until the morning?",
                "What could they say, and what could their team put in place, such as an out-of-hours number to give people, so that nights are covered and the worker's evenings are their own again?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Support,
        prompt: "What makes supervision or a team check-in feel truly helpful to a peer worker?",
        aim: "Notice the support we have, and ask for what is missing.",
        practice: "Each person thinks of one person to call after a hard day, and one kind of support they will ask for. Nothing is said aloud unless they choose.",
        card: Card {
            situation: "After a hard phone call with someone they support, a peer worker wants to talk it through. Everyone on the team looks busy, so they say nothing.",
            questions: [
                "What makes it hard to ask for support in peer work?",
                "What could make asking easier, for the worker and for the team?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Meaning,
        prompt: "On a day when nothing seems to go right, what can help a peer worker remember why the work matters?",
        aim: "Reconnect with why the work matters to us.",
        practice: "Each person recalls one good moment with someone they support. Share it if you wish, without names.",
        card: Card {
            situation: "After a week of setbacks, a peer worker wonders whether the work makes any difference at all.",
            questions: [
                "What helps peer workers find meaning again on weeks like this?",
                "What small thing could help the worker see the difference they make, and who could they talk to if the doubt stays?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Workplace,
        prompt: "What could a team do so that everyone understands and values the peer role?",
        aim: "Talk about the role and the workplace, and what a team could change.",
        practice: "As a group, list two things the team or organisation could do differently, and pass the list, with no names, to someone who can act on it.",
        card: Card {
            situation: "In team meetings, the peer worker's view is asked for last, and sometimes not at all. They have started to stay quiet.",
            questions: [
                "How might this affect the worker, and the people they support?",
                "What could the team or the organisation do so that the peer role is understood and valued?",
            ],
        },
    },
];

pub static QUESTIONS: &[ItemText] = &[
    // Carrying the weight: "Always" means more strain, except where marked reverse in the bank.
    item("int_drained", "I finished work feeling empty, with nothing left for myself."),
    item("int_pain", "The pain of the people I support stayed with me after work."),
    item("int_grief", "Grief over someone I supported who overdosed or died weighed on me."),
    item(
        "int_systems",
        "It wore me down when people I support could not get a bed, housing or the care they needed.",
    ),
    item(
        "int_past",
        "Parts of the work, like being around people using, hearing stories like mine, or going into a prison or court, stirred up my own past.",
    ),
    item("int_story", "Sharing my own story at work took more out of me than I wanted to give."),
    // My own recovery: "Always" means more protection, except where marked reverse.
    item(
        "rec_practice",
        "I made time for my own recovery, such as meetings, my sponsor, therapy or other practices.",
    ),
    item("rec_first", "My own recovery came first, even in busy weeks."),
    item("rec_work_as_recovery", "I told myself that helping others at work was enough for my own recovery."),
    item("rec_slide", "I let my own recovery slide because I was busy helping others."),
    item(
        "rec_front",
        "I felt I had to look perfectly well in front of the people I support, even when I was struggling.",
    ),
    item(
        "rec_meetings",
        "I missed my own meetings or recovery groups because people I support might be there.",
    ),
    // Holding outcomes lightly.
    item("out_responsible", "I felt it was up to me whether someone I support stayed in recovery."),
    item("out_blame", "I blamed myself when someone I support used again."),
    item("out_replay", "After a relapse or a death, I went over and over what I should have done."),
    item("out_pace", "I met people where they were and let them move at their own pace."),
    item("out_seeds", "I trusted that I was planting seeds, even when I saw no change yet."),
    // Knowing my signals.
    item("awa_notice", "I noticed early when I was starting to run low."),
    item("awa_triggers", "I knew which parts of my work could trigger me."),
    item("awa_honest", "I was honest with myself about how well I really was."),
    item("awa_step_back", "I let myself step back when things got to be too much."),
    item("awa_late", "Stress built up for a long time before I noticed it."),
    // Boundaries and off-hours.
    item("bou_spill", "Work spilled into my evenings, days off or time with family."),
    item("bou_phone", "I answered work calls or texts outside my working hours."),
    item("bou_town", "People I support brought up work with me at my own meetings or around town."),
    item("bou_yes", "I said yes at work when I wanted to say no."),
    item("bou_switch_off", "I could switch off from work in my time off."),
    item("bou_sleep", "Late calls, night shifts or being on call cut into my sleep."),
    // Support around me.
    item("sup_talk", "I had people I could talk to about the hard parts of my work."),
    item("sup_checkin", "My colleagues and I checked in on each other."),
    item("sup_supervision", "I had supervision from someone who understands the peer role."),
    item("sup_debrief", "After a hard event at work, I got to talk it through with someone."),
    item("sup_alone", "I felt alone with the hard parts of this job."),
    item(
        "sup_learning",
        "I was learning this job by trial and error, with no experienced peer to guide me.",
    ),
    // Meaning and anchoring.
    item("mea_purpose", "My work gave me a sense of purpose."),
    item("mea_progress", "I felt glad when someone I support took a step forward, however small."),
    item("mea_good_times", "I thought back on good moments with people I support, like a shared laugh."),
    item(
        "mea_grounding",
        "I made time for something that grounds me, such as prayer, quiet time, nature or music.",
    ),
    item("mea_doubt", "I wondered if my work made any difference."),
    item("mea_healing", "Helping others felt like part of my own healing."),
    // Role and workplace.
    item("wor_looked_down", "Staff who are not peers looked down on my role or my lived experience."),
    item("wor_unclear", "I was unsure what my job did and did not include."),
    item(
        "wor_beyond",
        "I was asked to handle things my role or my training had not prepared me for.",
    ),
    item(
        "wor_unsafe",
        "I felt unsafe at work, for example when driving someone or with someone in crisis.",
    ),
    item("wor_money", "Worry about money weighed on me because my pay was not enough to live on."),
    item("wor_ladder", "I felt stuck, with no way to grow or move up in this work."),
];

pub static SAFETY_QUESTIONS: &[ItemText] = &[
    item("saf_urges", "I had strong urges to drink or use."),
    item("saf_used", "I drank or used drugs again (not counting medicine taken as prescribed)."),
    item("saf_withdraw", "I pulled away from my own recovery supports, like meetings, a sponsor, a counsellor, my clinic or my medication."),
    item(
        "saf_hopeless",
        "I felt hopeless about my life or my future.",
    ),
    item("saf_alive", "I had thoughts of not wanting to be alive."),
];

pub static SUGGESTIONS: &[SuggestionText] = &[
    // Carrying the weight.
    sug(
        "int_reset",
        "Take a five-minute reset after hard moments",
        "After a hard call or visit, step outside, breathe slowly or stretch before you start the next thing.",
        "One worker advised taking short mental breaks to cope with a role that takes so much energy.",
    ),
    sug(
        "int_close_day",
        "Mark the end of each work day",
        "On the way home, do the same small thing each day, like a song, a walk or a few slow breaths, to say work is done.",
        "Workers said the job can spill into home life and leave them drained for family unless they set firm limits.",
    ),
    sug(
        "int_system_gap",
        "Name the system's part, not yours",
        "When a bed, insurance or housing falls through, say or write that this was a gap in the system, not your failure.",
        "Two workers found it painful to watch people go without care, and the failing systems left them frustrated.",
    ),
    sug(
        "int_load",
        "Ask your supervisor to look at your load",
        "Ask for a short meeting about your caseload, your hardest cases and any cover you need for the next few weeks.",
        "The research warns that self-care alone cannot fix a job that asks too much, so the workplace has a part to play.",
    ),
    sug(
        "int_grieve",
        "Make room to grieve a loss",
        "If someone you supported died, mark the loss in a way that fits you, such as a note, a candle or a quiet walk.",
        "Two workers said losing someone to an overdose still hurts, even though they know it can happen in this work.",
    ),
    sug(
        "int_story_share",
        "Decide how much of your story to share",
        "Write the short version of your story you are glad to tell at work, and decide which parts stay with you, your family or your sponsor.",
        "One worker said he tells people he is married with kids but not where he lives, and another keeps part of herself back for her family.",
    ),
    sug(
        "int_way_back",
        "Plan a way back to today",
        "Before work that brings your past close, like a prison visit or a street where people use, plan a way back to today, such as a walk or a call, and tell someone in your recovery if it stays with you.",
        "The Israeli study's peer workers had pasts of trauma and prison, some worked in prisons, and a blog summary of it lists others' trauma as a strain.",
    ),
    sug(
        "int_keep",
        "Keep the habits that lighten the load",
        "Write down what helped you carry the hard parts this month, and keep doing it when work is calm.",
        "Workers described self-care as a way to head off burnout before it sets in.",
    ),
    // My own recovery.
    sug(
        "rec_protect",
        "Book your own recovery time first",
        "Put one meeting, sponsor call, therapy session or other practice in your calendar, and treat it like a shift you cannot miss.",
        "Workers said that putting their own recovery first is what lets them keep doing this work.",
    ),
    sug(
        "rec_today",
        "Do one thing for your recovery today",
        "Before today ends, go to a meeting, call your sponsor, counsellor or clinic or someone in recovery, take your medication as prescribed, or do the practice that steadies you.",
        "Workers said their own recovery has to come first, or they have nothing left to give.",
    ),
    sug(
        "rec_unwind",
        "Plan time to unwind after work",
        "Pick a set time after work or on your day off to rest and let the week go before anything else.",
        "One worker said it took days to let go of a hard week, so it helps to plan for that time.",
    ),
    sug(
        "rec_tell",
        "Tell someone in your recovery about work",
        "Let your sponsor or a friend in recovery know how work has been lately, the good and the hard.",
        "Workers in Malaysia kept their recovery strong by staying close to others in recovery.",
    ),
    sug(
        "rec_not_work",
        "Do one recovery thing that is not work",
        "This week, pick one thing just for your own recovery where you are not the helper, like a meeting, a call, a session or some writing.",
        "Helping others can support your recovery, but the research says it cannot take its place.",
    ),
    sug(
        "rec_own_meeting",
        "Keep a meeting that is yours",
        "This week, find a meeting or group where people you support are less likely to be, or plan with someone in your recovery how to stay there as a member, not a worker.",
        "The study noted that many workers go to recovery meetings in the same places they work, so they may meet people they support there.",
    ),
    sug(
        "rec_keep",
        "Keep your recovery on the calendar",
        "Keep the recovery habits that work for you in your week, even when things feel calm or good.",
        "Workers warned that being the helper can make it easy to grow lax about your own recovery.",
    ),
    sug(
        "rec_return",
        "Contact your own treatment and supports today",
        "Call your treatment service, prescriber, counsellor, sponsor or someone in your recovery and tell them you drank or used, or call a line on Get help now if you cannot reach anyone today.",
        "Earlier research cited in the study raises the concern that peer workers may relapse and need their own treatment again.",
    ),
    sug(
        "rec_lifelong",
        "Write what your recovery needs now",
        "Take ten minutes to write what your recovery needs at this stage of your life, not just what it needed at the start.",
        "Workers in Malaysia described recovery as lifelong: something that keeps needing care.",
    ),
    // Holding outcomes lightly.
    sug(
        "out_my_part",
        "Sort what was yours from what was not",
        "After a setback, make two short lists: what you did, and what was never in your hands.",
        "Research suggests peer workers are more likely than other staff to take a client's wins and losses personally.",
    ),
    sug(
        "out_seeds",
        "Remind yourself that you plant seeds",
        "Write a short line to read after a hard day, such as \"I meet people where they are and plant seeds.\"",
        "Workers said the outcome is not theirs to control: their part is to offer hope and let people do their own work.",
    ),
    sug(
        "out_small_goal",
        "Set one small goal for your part",
        "For each person, name one thing you can offer this week, like a call or a word of hope, and count that as success.",
        "Some workers measured success by a moment of hope given, not by a full recovery.",
    ),
    sug(
        "out_pace",
        "Let people set their own pace",
        "When someone moves more slowly than you hoped, name to yourself the step they did take, and let the pace be theirs.",
        "One worker said the work stays very hard until you accept that each person is at their own stage of change.",
    ),
    sug(
        "out_kind_voice",
        "Speak to yourself like a kind colleague",
        "When you blame yourself for a relapse, ask what you would say to a fellow peer worker in your place, and say it to yourself.",
        "Every worker warned newer peers not to take outcomes personally, having seen that lead to distress in others.",
    ),
    sug(
        "out_keep",
        "Keep naming your part each day",
        "After a hard day, keep noting what you gave and what was out of your hands.",
        "Experienced workers urged others not to take outcomes personally, so this habit is worth keeping.",
    ),
    // Knowing my signals.
    sug(
        "awa_signs",
        "Write down your own warning signs",
        "List three signs that you are running low, like poor sleep, a short temper or skipped meetings, and keep the list where you will see it.",
        "One worker said she cannot always tell how well she is, and another urged being honest with yourself.",
    ),
    sug(
        "awa_daily",
        "Do a two-minute check-in each day",
        "At the same time each day, ask yourself how full your cup is and what you need.",
        "Workers said their care for others runs dry when their own reserves do, so a short daily look at your own level comes first.",
    ),
    sug(
        "awa_trigger_plan",
        "Plan ahead for one known trigger",
        "Pick one part of work that stirs up your past, and decide now what you will do when it comes up.",
        "One worker said being around people who still use is a constant challenge, so knowing your own triggers matters.",
    ),
    sug(
        "awa_step_back",
        "Give yourself permission to step back",
        "If it is too much, talk with someone you trust about time off, fewer hours or a change of role.",
        "One worker said it is okay to walk away when the role becomes too much or burnout sets in.",
    ),
    sug(
        "awa_ask",
        "Ask someone you trust how you seem",
        "Ask a friend, sponsor or colleague whether they have noticed a change in you lately.",
        "One worker said staying honest with yourself and close to colleagues in the same job lets you check on each other.",
    ),
    sug(
        "awa_permission",
        "Plan one real pause this week",
        "Choose one short break and protect it as best you can, like a meal away from work or an evening with your phone off.",
        "One worker said it is okay to step away when the role gets too much, and a planned pause is a small way to honour that limit.",
    ),
    sug(
        "awa_after_setback",
        "Check in with yourself after a setback",
        "On the day of a relapse or loss at work, take a few minutes to ask how it landed on you and what you need.",
        "Two workers said a death from an overdose still hurts even when you expect it, which is why self-care matters.",
    ),
    sug(
        "awa_keep",
        "Keep checking in with yourself",
        "Set a reminder to do this check-in again in a few weeks, and notice what has changed.",
        "The study describes self-awareness as something peer workers keep building over time, not a one-time fix.",
    ),
    // Boundaries and off-hours.
    sug(
        "bou_phone_hours",
        "Set hours for your work phone",
        "Choose when your work phone goes off, tell the people you support, and give them a crisis number for after hours.",
        "One worker said never being off duty does not work, and ends in burnout or in poor judgment.",
    ),
    sug(
        "bou_cover",
        "Ask who covers when you are off",
        "Ask your manager to agree who takes calls after hours, so the people you support have somewhere to turn while you rest.",
        "Being reachable day and night does not last, and the research warns that the workplace has to carry part of the load.",
    ),
    sug(
        "bou_home",
        "Make a switch-off routine at home",
        "When you get home, put the work phone away and do one thing for you or your family, like a walk or a meal together.",
        "Workers said they needed real time at home, away from work, to have anything left for the people they love.",
    ),
    sug(
        "bou_town_line",
        "Have a kind line ready for off-hours",
        "Prepare one friendly sentence for when someone you support raises work at a meeting or in town, like \"I'm off now, call me at work tomorrow.\"",
        "Workers may meet the people they support in their own community, and one keeps a polite reply ready for work talk off the clock.",
    ),
    sug(
        "bou_no",
        "Practise one kind no this week",
        "Pick one request you would usually agree to out of guilt, and turn it down kindly.",
        "One worker said no is a full answer, and that without it people can take advantage of you.",
    ),
    sug(
        "bou_sleep",
        "Protect your sleep around shifts",
        "Choose one change for this week: a time your phone goes quiet, a wind-down after a late shift, or asking who covers the nights.",
        "One worker said crises come at all hours, and that early on they were hardly ever off until they learned to keep their phone to set hours.",
    ),
    sug(
        "bou_recovery_time",
        "Keep your recovery time free of work",
        "Turn off work calls and alerts during your meetings, therapy or other recovery time, every time.",
        "Workers found that work can crowd out their own recovery unless they guard the time for it.",
    ),
    sug(
        "bou_keep",
        "Keep your off-hours your own",
        "Notice what kept work out of your evenings this month, and keep doing it in busy weeks too.",
        "The study notes that in this informal role most limits are set by each worker, case by case, so they need steady care.",
    ),
    // Support around me.
    sug(
        "sup_talk",
        "Set up a regular talk with a peer",
        "Ask a colleague or fellow peer worker for a short check-in every week or two.",
        "One worker said staying close to colleagues who do the same job means you can look out for one another.",
    ),
    sug(
        "sup_supervision",
        "Ask for supervision that fits the peer role",
        "Ask your manager for regular supervision, if possible with someone who has lived experience of recovery.",
        "The study called for peer workers to be supervised by people who know recovery from the inside.",
    ),
    sug(
        "sup_people",
        "Spend time with your recovery people",
        "Plan time with friends from your recovery community who lift you up, with no work talk needed.",
        "One worker said time with her recovery friends brought back her energy and her faith in people.",
    ),
    sug(
        "sup_debrief",
        "Ask for a debrief after hard events",
        "After a death, an overdose or a crisis, ask your supervisor or team for a short talk about what happened and how you are.",
        "The author calls for more support for peer workers in coping with a client's relapse or death.",
    ),
    sug(
        "sup_mentor",
        "Learn the ropes from an experienced peer",
        "Ask a more experienced peer worker, at work or in a peer network, to meet for half an hour, and bring two situations you felt unsure about.",
        "One worker said the job is very hard early on, and all of them had advice for people new to it.",
    ),
    sug(
        "sup_peer_network",
        "Find peer support outside your job",
        "Look for a peer worker network, group supervision or recovery coach group outside your workplace, and go to one meeting.",
        "An overview of peer work says supervision by fellow peers is key to mutual support and growth.",
    ),
    sug(
        "sup_keep",
        "Check in on a colleague",
        "Send a short message to a colleague this week just to ask how they are doing.",
        "Peer workers in the Israeli study said their work helped them form meaningful ties with the people they help and their wider community.",
    ),
    sug(
        "sup_reach_today",
        "Tell one person how you really are, today",
        "Pick someone you trust, such as a friend, a family member, someone in your recovery or a colleague, and call or message them to say things have been hard, or try someone else or a line on Get help now if you cannot reach them.",
        "One worker listed knowing when to ask others for help as part of looking after their own recovery.",
    ),
    // Meaning and anchoring.
    sug(
        "mea_flat",
        "Notice when good news leaves you flat",
        "If a step forward by someone you support barely registers, take it as a possible sign you are running low: tell one person you trust, and plan a real rest this week.",
        "One worker said you can only give what you have, and that it matters to notice when the role has become too much.",
    ),
    sug(
        "mea_small_wins",
        "Celebrate one small win",
        "When someone takes a small step, like making a call or showing up, take a moment to mark it, with them or on your own.",
        "One worker said marking small successes made the highs and lows of the job easier to bear.",
    ),
    sug(
        "mea_why",
        "Write down why you do this work",
        "Take five minutes to write why you chose this work, and name one person whose progress made it worth it.",
        "Peer workers in Israel said helping others gave them purpose and a new sense of who they are.",
    ),
    sug(
        "mea_story",
        "Look back on how far you have come",
        "Write or tell a short piece of your own story, from then to now, and notice how it helps you help others.",
        "Workers in Malaysia found meaning in making sense of their own story.",
    ),
    sug(
        "mea_good_moment",
        "Write down one good moment each day",
        "Each evening, note one moment from work that went well, such as a laugh or a small step forward.",
        "Workers coped with hard outcomes by recalling the good times they shared with the people they support.",
    ),
    sug(
        "mea_keep",
        "Keep a file of good moments",
        "Save thank-yous, wins and kind words in a note or notebook to read on hard days.",
        "One peer worker in the Israeli study said the real reward was seeing people they helped go on to marry and work.",
    ),
    sug(
        "mea_grounding",
        "Make time for what grounds you",
        "Set aside a few minutes each day for prayer, meditation, nature, music or whatever steadies you.",
        "Peer workers interviewed in Malaysia drew strength from practices that grounded them, often religious ones.",
    ),
    sug(
        "mea_pay_forward",
        "Notice what you are paying forward",
        "Think of one person who helped you early on and one person you help now, and see how the two connect.",
        "Workers described their job as a way to pass on what was once given to them.",
    ),
    // Role and workplace.
    sug(
        "wor_role_clear",
        "Ask for your role in writing",
        "Ask your manager for a short list of what your role includes and what it does not, and share it with your team.",
        "The author suggests that other staff's negative view of peer workers may stem partly from unclear roles.",
    ),
    sug(
        "wor_training",
        "Ask for one training you need",
        "Name one situation you feel unready for, like a crisis or a grieving family, and ask for training in it.",
        "The study calls for ongoing training and support to help peers face very hard situations and guard against burnout.",
    ),
    sug(
        "wor_unsafe",
        "Tell your manager what felt unsafe",
        "Describe the moment that felt unsafe and agree one change, such as not driving someone alone or having a colleague with you.",
        "One worker felt unsafe the first time he drove a client somewhere, and no one should carry that risk alone.",
    ),
    sug(
        "wor_ally",
        "Find one ally on your team",
        "Find a staff member who values peer work, and ask them to back you when your role comes up in meetings.",
        "An overview of peer work says workplaces must respect lived experience and support teamwork across roles.",
    ),
    sug(
        "wor_explain",
        "Explain your role to one colleague",
        "Offer a colleague who is not a peer five minutes on what peer support adds and how you work.",
        "An overview of peer work notes that lived experience may be valued less than formal qualifications.",
    ),
    sug(
        "wor_money",
        "Take one step on money worries",
        "At your next review, ask how your pay is set and what would raise it, and if bills still do not add up, get free money advice near you.",
        "A summary of the Israeli study lists low pay as a hurdle of peer work, and one worker said they would not stay a minute for the salary alone.",
    ),
    sug(
        "wor_next_step",
        "Look into your next step",
        "Find out what training, credential or role could come next for you, and ask about it at your next review.",
        "A summary of the Israeli study lists few career incentives as a hurdle of peer work.",
    ),
    sug(
        "wor_record",
        "Keep a note of unfair treatment",
        "Write down the date and what happened each time your role is brushed aside, so you can raise it later if you choose.",
        "The research notes that self-care cannot fix workplace problems alone, and some things need raising with the organisation.",
    ),
    sug(
        "wor_keep",
        "Tell your manager what works",
        "Name one thing that helps you do your job well, so your team keeps doing it.",
        "An overview of peer work calls a workplace culture that values lived experience essential.",
    ),
];


pub static BANDS: &[BandText] = &[
    BandText {
        band: Band::Steady,
        name: "Steady",
        meaning: "This part of your cup is holding up well right now.",
    },
    BandText {
        band: Band::Watch,
        name: "Worth watching",
        meaning: "This part could use some care before it runs low.",
    },
    BandText {
        band: Band::NeedsCare,
        name: "Needs care now",
        meaning: "This part is running low and deserves your care this week.",
    },
];

pub static RESEARCH: &[ResearchText] = &[
    ResearchText {
        source: Source::CareForOurselves,
        summary: "Williams talked with ten paid peer support workers about how the role meets \
            their own recovery. They described a very intense job, the need to guard their \
            own recovery, letting go of outcomes, knowing themselves, and boundaries that \
            blur easily. Full Cup takes its themes, most questions and many suggestions from \
            this study, including its call for supervision by people in recovery and for \
            support after a client's relapse or death.",
    },
    ResearchText {
        source: Source::HelpingOthersHelpsOurselves,
        summary: "In a second paper, very likely from the same ten interviews, Williams found \
            that helping others also \
            strengthened the workers' own recovery: it kept them connected, let them pass on \
            what they had been given, and brought a sense of achievement. The study also \
            stressed that helping must stay separate from a worker's own recovery efforts. \
            Full Cup asks about both sides.",
    },
    ResearchText {
        source: Source::HealingThroughHelping,
        summary:
            "Abu Hassan Shaari interviewed 30 recovery workers in community drug treatment in \
            Malaysia. Religious practice, ties with peers, and making meaning from their own \
            story helped them stay well and stay in the work. Full Cup takes from this study \
            its view of recovery as lifelong and its questions about what grounds a person, \
            without ever assuming a faith.",
    },
    ResearchText {
        source: Source::PeerSupportRole,
        summary:
            "This overview explains what peer support adds to treatment and the problems peer \
            workers often meet: unclear roles, stigma from colleagues, hierarchies, stress, \
            low pay and too little supervision. Full Cup's workplace theme and its idea of \
            finding peer supervision come from here.",
    },
    ResearchText {
        source: Source::WoundedHealers,
        summary: "This blog post sums up an Israeli study of 23 peer workers with past addiction, \
            trauma and prison. Helping gave them purpose, respect and new ties, while low \
            pay, few career incentives and the strain of others' trauma weighed on them. \
            Full Cup draws on it for meaning and support, for low pay and few career \
            incentives, and for ideas for workers whose own past includes prison or trauma.",
    },
];
