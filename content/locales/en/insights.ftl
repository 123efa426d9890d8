### Insights: the skill tips (tip-<signal>). The thresholds are in content/insights.yaml.

## One small skill next to the reveal, matched to the signal. Nothing alarming.

tip-low = 🌱 <b>A small thing to try this week:</b> each evening, tell each other one thing that went right today, however small. Noticing the good is a skill, and it grows with practice.
tip-drop = 🌱 <b>A small thing to try this week:</b> things feel harder than they used to. Ask your partner for fifteen unhurried minutes and start with “I've been missing us — can we talk about how we're doing?”
tip-conflict = 🌱 <b>A small thing to try this week: the 20-minute cool-down.</b> When a talk gets heated, either of you can say “I need a break — let's come back to this in twenty minutes.” Then really step away: walk, breathe slowly, and don't rehearse the argument. Come back at the agreed time.
tip-topic = 🌱 <b>A small thing to try this week: an “I feel” statement.</b> Before you raise this topic again, write it as “I feel … when … and I need …”. It keeps the talk about the problem, not about who is to blame.
tip-promises = 🌱 <b>A small thing to try this week:</b> make one promise so small you are sure to keep it — “I'll text you when I leave work” — and keep it. Trust is rebuilt one kept promise at a time.
tip-disengaged = 🌱 <b>A small thing to try this week: a repair attempt.</b> When things feel distant, a small bid can reopen the door — “I'm sorry I've been far away lately. Can we start again?” It doesn't need to be perfect to work.
