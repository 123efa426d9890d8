### The weekly check-in's words: the private questions, the topics and the agenda of the talk
### (ids, scales and minutes are in content/checkin.yaml).

## The relationship pulse (.low and .high name the ends of the scale)

checkin-pulse-happiness = All things considered, how happy have you been in your relationship this week?
    .low = very unhappy
    .high = as happy as can be

checkin-pulse-warmth = How warm and comfortable has it felt between you and your partner?
    .low = not at all
    .high = completely

checkin-pulse-rewarding = How rewarding has your relationship felt this week?
    .low = not at all
    .high = completely

checkin-pulse-satisfied = Overall, how satisfied are you with your relationship right now?
    .low = not at all
    .high = completely

## How often this week each pattern was felt (0-3)

checkin-patterns-intro = This week, how often did you feel…
checkin-patterns-scale-0 = Not at all
checkin-patterns-scale-1 = Once or twice
checkin-patterns-scale-2 = Often
checkin-patterns-scale-3 = Very often
checkin-pattern-criticised = …criticised by your partner?
checkin-pattern-disrespected = …disrespected or mocked?
checkin-pattern-defensive = …that you had to defend yourself?
checkin-pattern-shut_out = …shut out or ignored?

## The written questions

checkin-written-went_well = ✍️ <b>What went well this week?</b> Big or small.
checkin-written-hard = ✍️ <b>What felt hard?</b>
checkin-written-improve = ✍️ <b>What can we improve?</b> One thing you'd like to try next week.

## What a hard topic was mostly about

checkin-topic-time = Time together
checkin-topic-communication = Communication
checkin-topic-money = Money
checkin-topic-chores = Chores
checkin-topic-intimacy = Intimacy
checkin-topic-family = Family
checkin-topic-work = Work stress
checkin-topic-trust = Trust
checkin-topic-other = Something else

## The talk together, step by step: $first and $second are the partners' names in the
## order they speak this week, $slot the weekly time

checkin-agenda-appreciations =
    💛 <b>Appreciations</b> · 5 minutes
    Take turns naming three specific things you appreciated about each other this week — “I loved it when you…”. { $first } starts. Just listen and say thank you; no “but”.

checkin-agenda-went_well =
    ✅ <b>What went well, and last week's promises</b> · 5 minutes
    Share what went well for each of you. Then look at last week's promises together — celebrate the kept ones, and be curious rather than critical about the rest.

checkin-agenda-week_ahead =
    📅 <b>The week ahead</b> · 3 minutes
    Busy days, plans, anything the other should know about. When could you have some time just for the two of you?

checkin-agenda-hard_topic =
    🧭 <b>One hard topic</b> · 12 minutes
    Choose <i>one</i> topic, not everything. Take turns: the speaker says “I feel … when … I need …”; the listener repeats back what they heard before answering.
    { $first } speaks first (4 minutes), then { $second } (4 minutes), then look together for one small thing to try.
    If it gets heated, tap <b>We need a break</b>.

checkin-agenda-loved =
    🌱 <b>Something good for this week</b> · 4 minutes
    Plan one nice thing together. Then ask each other: <i>“What can I do to make you feel loved this week?”</i>
    Listen to the answer, then each write here what you'll do — it becomes your promise.

checkin-agenda-next_week =
    📅 <b>Next week</b> · 1 minute
    Same time next week ({ $slot })? Thank each other for showing up — that is the hardest part.

## The same for someone using Rekindle alone

checkin-solo-agenda-appreciations =
    💛 <b>Appreciations</b> · 5 minutes
    Write down three specific things you appreciated about your partner this week. Consider telling them one today.

checkin-solo-agenda-went_well =
    ✅ <b>What went well, and your promises</b> · 5 minutes
    Look back at your week and at the promises you made. What helped when things went well?

checkin-solo-agenda-week_ahead =
    📅 <b>The week ahead</b> · 3 minutes
    What's coming up? Where could you make a little time for the two of you?

checkin-solo-agenda-hard_topic =
    🧭 <b>One hard topic</b> · 12 minutes
    Pick one thing that has been hard. Prepare how you could raise it kindly: “I feel … when … I need …”. Write it down; say it out loud once.

checkin-solo-agenda-loved =
    🌱 <b>Something good for this week</b> · 4 minutes
    What could you do this week that would make your partner feel loved? Write it here — it becomes your promise.

checkin-solo-agenda-next_week =
    📅 <b>Next week</b> · 1 minute
    Same time next week ({ $slot }). Well done for taking this time.

## When a partner taps We need a break

checkin-break =
    🫶 <b>Let's pause.</b>
    Take about 20 minutes apart. Breathe slowly, walk, drink some water. Try not to rehearse the argument in your head — just let your body settle.
    When you both feel calmer, tap <b>Continue</b> and pick up where you left off.
