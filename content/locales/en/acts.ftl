### The small daily acts, one message each: act-<id> (the ids, categories and flags are in
### content/acts.yaml). Each act is addressed to the reader; "them" is the partner.

## The categories (content/acts.yaml lists them with their emoji)

act-category-affection = Affection
act-category-appreciation = Appreciation and Gratitude
act-category-quality-time = Quality Time
act-category-novelty = Shared Experiences and Novelty
act-category-service = Acts of Service
act-category-communication = Communication
act-category-trust = Trust and Reliability
act-category-repair = Repair After Conflict
act-category-self-work = Self-Work
act-category-long-distance = Long Distance

## affection

act-affection-01 = Next time you are sitting side by side, reach for their hand and keep holding it for a few minutes.
act-affection-02 = Give them a hug that lasts at least twenty seconds, and don't be the first one to let go.
act-affection-03 = Leave a short handwritten note where they'll find it later today, saying one thing you love about them.
act-affection-04 = When you first see them today, greet them with a warm hug or kiss, whichever they like, before any talk of plans or chores.
act-affection-05 = Send them a message in the middle of the day that says you're thinking of them, and mention what made you think of them.
act-affection-06 = Offer them a slow shoulder or hand rub for a few minutes while you chat or watch something together.
act-affection-07 = Tell them you love them at a random moment today, not as a goodbye or a reply, just because you do.
act-affection-08 = Sit close enough to touch while you relax this evening, instead of settling in separate seats or rooms.
act-affection-09 = Before one of you heads out today, pause for a proper goodbye with a hug, eye contact, and a kind word.
act-affection-10 = Ask them which kind of affection makes them feel most cared for right now, and offer exactly that once today.
act-affection-11 = Rest your hand gently on their back or shoulder for a moment as you pass by them today.
act-affection-12 = Send them a photo of the two of you from a happy time, with one line about what you remember from that day.
act-affection-13 = Tell them one thing you find attractive about them that has nothing to do with looks, like their laugh or the way they think.
act-affection-14 = Lie down or sit together for ten minutes with no screens and simply be close, talking or staying quiet.
act-affection-15 = Send them a warm good-morning message before the day gets busy, mentioning something you're looking forward to with them.
act-affection-16 = Offer a gentle touch they enjoy, such as stroking their arm or holding their hand, for a couple of minutes without it needing to lead anywhere.
act-affection-17 = Put on a song that means something to you both and invite them to sway with you, or just hold each other while it plays.
act-affection-18 = Say goodnight a little more warmly than usual tonight, with a few kind words about them and their day.

## appreciation

act-appreciation-01 = Tell them one specific thing they did this week that you appreciated, and explain how it helped you.
act-appreciation-02 = Send them a message thanking them for something ordinary they do that usually goes unnoticed.
act-appreciation-03 = Next time you talk with a friend or relative, mention something your partner did that made you proud, then let your partner know you did.
act-appreciation-04 = Write a list of five things you're grateful for about them and share it with them as a note or message.
act-appreciation-05 = Thank them for a way they've grown since you met that you genuinely admire.
act-appreciation-06 = Notice one thing they handle well today, whether at work, with family, or with friends, and tell them you noticed.
act-appreciation-07 = Record a voice note naming three things you appreciate about them, and send it to them.
act-appreciation-08 = Tell them about a moment when you felt proud to be their partner, and why it has stayed with you.
act-appreciation-09 = Before you go to sleep, share one thing from today that you're thankful they did or said.
act-appreciation-10 = Write a thank-you card for something they did a while ago that you never properly thanked them for, and give or post it.
act-appreciation-11 = Thank them for trying at something today, even if it didn't work out, so they know the effort counts too.
act-appreciation-12 = Name a strength of theirs that you rely on, such as their patience or humor, and tell them how it helps you.
act-appreciation-13 = The moment you notice they've done a task you usually take for granted, thank them for it out loud.
act-appreciation-14 = Remind them of a hard time they got through and tell them what you admired about the way they handled it.
act-appreciation-15 = Stick a small thank-you note on something they use every day, like their mug or their bag, for them to find.
act-appreciation-16 = Ask them what they've been working hard on lately, and tell them you see the effort they're putting in.
act-appreciation-17 = Describe one way your life is better because they are in it, as specifically as you can.
act-appreciation-18 = At dinner or on your next call, take turns naming one thing you each appreciated about the other today.

## quality-time

act-quality-time-01 = Put your phones in another room and spend 20 minutes walking or sitting outside together, with no talk of chores or schedules.
act-quality-time-02 = Cook or put together a simple meal side by side tonight, each taking one part of the job.
act-quality-time-03 = Share one meal today with no screens at the table, and ask each other about the best part of your day.
act-quality-time-04 = Take a 15-minute tea or coffee break together today and keep it free of to-do lists.
act-quality-time-05 = Pick a show or film they love that you've never seen and watch it with them, giving it your full attention.
act-quality-time-06 = Set aside 30 minutes tonight for just the two of you, and protect it from work, messages, and errands.
act-quality-time-07 = Read side by side for 20 minutes, then tell each other one interesting thing from what you read.
act-quality-time-08 = Look through old photos together, and each pick one to tell the story behind.
act-quality-time-09 = Play a board game, a card game, or a puzzle together this evening, just for fun.
act-quality-time-10 = If you're sleeping in the same place tonight, go to bed at the same time and spend ten minutes talking before you sleep.
act-quality-time-11 = Sit outside together for ten minutes, watching the sky or the street, without needing to fill the silence.
act-quality-time-12 = Ask them to show you something they enjoy, such as a game, a hobby, or a favorite playlist, and join in for half an hour.
act-quality-time-13 = Start a shared playlist today, each adding five songs that remind you of the other or of your time together.
act-quality-time-14 = Plan a simple, low-cost date for later this week together, choosing the day and the activity as a team.
act-quality-time-15 = Do a routine task side by side, like washing dishes or folding laundry, and use it as a chance to chat.
act-quality-time-16 = Spend the first ten minutes after you see each other today just catching up, before anything else gets your attention.
act-quality-time-17 = Find a spot to watch the sunset together this evening, or as close to sunset as your day allows.
act-quality-time-18 = Spend 30 minutes on your own hobbies in the same room, simply keeping each other company.

## novelty

act-novelty-01 = Choose a recipe neither of you has ever cooked before, and make it together tonight or on a day you pick now.
act-novelty-02 = Visit a park, street, or café nearby that neither of you has been to, even for half an hour.
act-novelty-03 = Pick one small new skill to learn together, like ten words in another language, and do the first ten-minute lesson today.
act-novelty-04 = Take a different route on a regular errand or outing together, and point out anything new you notice.
act-novelty-05 = Find a free local event this week, such as a talk, a market, or an exhibition, and invite them to go with you.
act-novelty-06 = Make a list together of ten things you'd like to try as a couple, then circle one to do this month.
act-novelty-07 = Let them choose this evening's activity, and say yes with good grace even if it's something new to you.
act-novelty-08 = Have an indoor picnic tonight: spread a blanket on the floor and eat a meal you both like there.
act-novelty-09 = Go stargazing or cloud-watching together for twenty minutes, and take turns spotting shapes or stars.
act-novelty-10 = Learn a game neither of you knows well, such as chess or a new card game, and play one round together.
act-novelty-11 = Pick a nearby place you've never explored for a half-day outing, and choose a date for it together today.
act-novelty-12 = Spend half an hour on a creative project together, such as drawing each other, writing a silly poem, or building something.
act-novelty-13 = Follow a beginner's video class together, like stretching, drawing, or a simple dance, and laugh your way through it.
act-novelty-14 = Recreate your first date or a favorite early memory together in a small, simple way.
act-novelty-15 = Look up one local cause you both care about that welcomes volunteers, and suggest spending an hour helping there together.
act-novelty-16 = Have breakfast for dinner together tonight, just to shake up the routine and give yourselves something to laugh about.
act-novelty-17 = Go back to a place you both used to love but haven't visited in a long time, and notice together what has changed.
act-novelty-18 = Set a playful challenge for the two of you this week, such as trying a fruit neither of you has eaten, and start it today.

## service

act-service-01 = Make them their favorite drink without being asked, exactly the way they like it.
act-service-02 = Take one task off their list today that they've been dreading, after checking that they'd like you to do it.
act-service-03 = Ask them, 'What's one thing I could do today to make your day easier?' and then do it.
act-service-04 = Prepare a snack or a packed lunch for them to take with them on their day.
act-service-05 = If you live together, do a chore they usually do, without mentioning it or expecting thanks.
act-service-06 = Run a small errand for them today, like picking up something they need or dropping off a parcel.
act-service-07 = Bring them a glass of water or a snack while they're busy with something, without interrupting them.
act-service-08 = Handle one dull admin job for both of you, like booking an appointment or updating a shared calendar.
act-service-09 = Offer to help with something they're stuck on, like a form or a tricky email, and let them decide how much help they want.
act-service-10 = Tidy a space they use often, such as their desk or a shared shelf, but only if you know they'd welcome it.
act-service-11 = Cook their favorite comfort food for them this week; today, check you have what you need and pick the day.
act-service-12 = When they get in tired today, take care of the next small task so they can sit down and rest for ten minutes.
act-service-13 = Set out what they'll need for the morning, like their keys, bag, or a clean mug, so they can start the day calmly.
act-service-14 = Look up something they've been meaning to find out, like opening hours or a recipe, and send them what you found.
act-service-15 = Send them a kindly worded reminder about something important they said they didn't want to forget.
act-service-16 = Offer to take over a task for them this evening so they can have an hour to themselves.
act-service-17 = Make their morning easier: prepare breakfast, or handle the first jobs of the day so they can take their time.
act-service-18 = Fix or sort out one small thing that has been bothering them, like a squeaky door, a loose button, or a messy drawer.

## communication

act-communication-01 = Ask them, 'How are you, really?' and then listen for at least five minutes without offering advice.
act-communication-02 = When they tell you something today, repeat back what you heard in your own words before you respond.
act-communication-03 = Share one feeling from this week using 'I feel... when...' instead of starting with 'you always'.
act-communication-04 = Ask them a question you've never asked before, like what they dreamed of becoming when they were ten.
act-communication-05 = Put your phone face down and give them your full attention the next time they start telling you about their day.
act-communication-06 = Ask them about the best and the hardest part of their day, and ask one follow-up question about each.
act-communication-07 = Suggest a weekly 20-minute check-in and hold the first one today: what went well, what was hard, and what you each need next week.
act-communication-08 = Tell them about something that has been on your mind that you haven't shared yet, even if it's small.
act-communication-09 = Ask them if there's anything they've wanted to tell you but held back, and receive whatever they say calmly.
act-communication-10 = When you disagree today, ask 'Can you help me understand how you see it?' before you give your own view.
act-communication-11 = Share one hope you have for the two of you over the next year, and ask them for theirs.
act-communication-12 = Make one small request clearly today instead of hinting, for example 'Could you message me when you're on your way?'
act-communication-13 = Ask them how they like to be supported when they're stressed: advice, listening, distraction, or space.
act-communication-14 = Let them finish every sentence today without interrupting, even when you're sure you know how it ends.
act-communication-15 = Tell them about a worry you've been carrying alone, and let them know you're not asking them to fix it.
act-communication-16 = Ask them for one thing you could do more of and one thing less of to help them feel closer to you, then simply listen and thank them.
act-communication-17 = Bring up something they said earlier this week that stuck with you, so they know you were really listening.
act-communication-18 = Talk for ten minutes about something other than logistics, work, or problems, like a dream, a memory, or an idea.

## trust

act-trust-01 = Make one small promise today that you know you can keep, such as finishing something by a set time, and then keep it.
act-trust-02 = If you said you'd call or message at a certain time today, do it right on time.
act-trust-03 = Be on time for your next plan or call with them, and if you're running late, tell them before, not after.
act-trust-04 = Tell them roughly what your day looks like without being asked, so they feel included in it.
act-trust-05 = Follow through today on something you told them you'd do that has been slipping.
act-trust-06 = If you've been putting off telling them something, choose a calm moment today and tell them honestly.
act-trust-07 = Own up to a small mistake you made today before they come across it, and say what you'll do to put it right.
act-trust-08 = Ask them if there's anything you said you'd do that they're still waiting on, and set a time to do it.
act-trust-09 = Kindly say no today to something you can't really commit to, rather than saying yes and letting them down later.
act-trust-10 = Tell them one thing they can always count on you for, and then live up to it today.
act-trust-11 = If a plan changes today, let them know as soon as you know, along with what the new plan is.
act-trust-12 = When they ask for your opinion today, give your honest view kindly instead of what you think they want to hear.
act-trust-13 = Reply to their messages today within a reasonable time, or let them know when you'll be free to answer properly.
act-trust-14 = Pick one promise you've broken in the past, acknowledge it, and tell them your plan for keeping it from now on.
act-trust-15 = Finish a task the two of you agreed on, and let them know it's done so they don't have to chase it.
act-trust-16 = Tell them about a decision you're weighing before you make it, and ask what they think.
act-trust-17 = If you're in a low mood today, tell them so plainly instead of letting it leak out as coldness.
act-trust-18 = Give them the benefit of the doubt once today: when something seems off, ask what happened instead of assuming the worst.

## repair

act-repair-01 = Think of a recent argument and tell them one specific thing you did that made it worse, without adding 'but'.
act-repair-02 = Offer a sincere, specific apology for one thing, naming what you did and how it may have affected them.
act-repair-03 = Ask them, 'What do you need from me to feel okay about what happened?' and listen without defending yourself.
act-repair-04 = If a conversation gets heated today, suggest a 20-minute cool-down and agree on when you'll come back to it.
act-repair-05 = Raise one thing that's been bothering you using the shape 'I feel... when... I need...', calmly and briefly.
act-repair-06 = Let go of one old grudge today, either by telling them you've put it down or by deciding privately to stop bringing it up.
act-repair-07 = After your next disagreement, be the first to reach out with a kind gesture, like a warm message or a cup of tea.
act-repair-08 = Tell them what you think they were feeling during your last argument, and ask whether you've understood it right.
act-repair-09 = Turn one complaint today into a request: instead of 'You never help', try 'Could you help me with this?'
act-repair-10 = Ask them if anything from a past fight still hurts, and just listen, without reopening the argument.
act-repair-11 = Write down what you'd do differently in your last argument, and share one of those points with them.
act-repair-12 = Thank them for something they once did to make peace after a disagreement, however small it was.
act-repair-13 = Agree together on a word or signal either of you can use when a talk is getting too heated and you need a pause.
act-repair-14 = Start any hard conversation today gently, by naming something you value about them before raising the issue.
act-repair-15 = Go beyond saying sorry for a recent hurt: do one concrete thing that shows you mean it.
act-repair-16 = Tell them that the two of you matter more to you than being right about your last argument.
act-repair-17 = When you return to a hard talk after cooling down, start by summarizing their side before you give yours.
act-repair-18 = Forgive one small annoyance today without mentioning it, and notice how it feels to let it pass.

## self-work

act-self-work-01 = Take a 15-minute walk on your own today, or sit somewhere quiet, to reset before you next spend time with them.
act-self-work-02 = Write down one situation that reliably sets you off in this relationship, and what you tend to feel underneath the reaction.
act-self-work-03 = Journal for ten minutes about one pattern of yours you'd like to change, and one first step you could take.
act-self-work-04 = Do one thing purely for your own wellbeing today, such as resting, moving, or calling a friend, so you bring your best self home.
act-self-work-05 = Notice one moment today when you want to snap or withdraw, and take three slow breaths before you respond.
act-self-work-06 = Think about what you need more of in the relationship, and put it into one clear sentence you could share later.
act-self-work-07 = Reflect on how conflict was handled in the home you grew up in, and note one habit you may have carried with you.
act-self-work-08 = Spend 20 minutes on a hobby or goal of your own today, without feeling guilty about it.
act-self-work-09 = Catch one unkind thought about them today, and ask yourself whether there's a kinder explanation that is just as likely.
act-self-work-10 = Write down three things you did well in the relationship this week, to balance out any self-criticism.
act-self-work-11 = Choose one small personal boundary to keep today, like protecting your sleep, and tell them kindly what it is.
act-self-work-12 = Before your next conversation with them, check whether you're hungry, tired, or stressed, and tend to that first if you can.
act-self-work-13 = Spend 15 minutes reading or listening to something about communication or relationships, and note one idea to try.
act-self-work-14 = Ask yourself what you're expecting from them that you've never actually said out loud, and decide whether to share it.
act-self-work-15 = Take a short break from screens this evening to notice how you're really feeling, and name that feeling to yourself.
act-self-work-16 = Deal with one thing you've been putting off for yourself, like booking a checkup or clearing a cluttered corner, so it stops weighing on you.
act-self-work-17 = Write a few lines to yourself about the kind of partner you want to be, and read them again before bed.
act-self-work-18 = If you need some space today, ask for it clearly and say when you'll be back, rather than going quiet.

## long-distance

act-long-distance-01 = Set up a video call where you both eat a meal at the same time, even if it's just toast and tea.
act-long-distance-02 = Watch the same film or episode at the same time while you're on a call or messaging about it.
act-long-distance-03 = Send them a photo of something you saw today that reminded you of them, with a line about why.
act-long-distance-04 = Write them a handwritten letter or postcard today and post it, even if it's only a few lines.
act-long-distance-05 = Record a short voice note for them to play before they sleep, telling them about a good moment in your day.
act-long-distance-06 = If you have a visit planned, start a countdown and share one thing you're excited to do when you see each other.
act-long-distance-07 = Play an online game together over a call for half an hour, just for the fun of it.
act-long-distance-08 = Time a good-morning message to arrive when they wake up, taking any time difference into account.
act-long-distance-09 = Read the same short article or chapter today and talk about it on your next call.
act-long-distance-10 = Take them along on a video call while you go somewhere you like, and show them around your neighborhood or a favorite spot.
act-long-distance-11 = Agree on a tiny shared ritual, like sending the same emoji at lunchtime, and start it today.
act-long-distance-12 = Ask them to describe their surroundings right now in detail, so you can picture exactly where they are.
act-long-distance-13 = Choose the date and time of your next call or visit together, and put it in both of your calendars today.
act-long-distance-14 = Send them a message naming three things you miss about being near them.
act-long-distance-15 = Stay on a call with each other while you each do quiet tasks, keeping each other company as if you shared a room.
act-long-distance-16 = Cook the same recipe at the same time on a video call, and compare how your versions turned out.
act-long-distance-17 = Pick a song that reminds you of them, send it their way, and tell them which lyric made you think of them.
