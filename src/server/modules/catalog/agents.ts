import { z } from "zod";
import { choice, choices, languageCode, shortText, timeOfDay, toggle, wholeNumber } from "./fields";
import type { ToolId } from "./tools";
import type { Capability } from "@/shared/capabilities";
import { schemaMessage } from "@/shared/schema-message";

/** Hardware a device may have (one table, shared with the console); agents name what they need. */
export type { Capability };

const AGE_RANGES = ["3-5", "6-8", "9-12"] as const;

type AgentDefinition = {
  id: string;
  name: string;
  description: string;
  /** lucide icon name */
  icon: string;
  requires: readonly Capability[];
  /** tools this agent may use */
  tools: readonly ToolId[];
  settings: z.ZodObject;
};

/** The built-in agents. Every setting has a default, so `settings.parse({})` is a valid configuration. */
export const AGENTS = [
  {
    id: "kids-companion",
    name: "Kids' companion",
    description: "A warm, safe conversation partner for children, with a bedtime wind-down.",
    icon: "smile",
    requires: ["mic", "speaker"],
    tools: ["timer", "music", "weather"],
    settings: z.object({
      ageRange: choice("Age range", AGE_RANGES, "6-8"),
      persona: choice("Persona", ["friendly-bear", "curious-robot", "gentle-fairy"], "friendly-bear"),
      bedtimeMode: toggle("Bedtime mode", true, "Calmer voice and shorter answers after bedtime."),
      bedtime: timeOfDay("Bedtime", "19:30"),
    }),
  },
  {
    id: "interpreter",
    name: "Simultaneous interpretation",
    description: "Interprets speech between language pairs as people talk.",
    icon: "languages",
    requires: ["mic", "speaker"],
    tools: [],
    settings: z.object({
      languagePairs: z
        .array(z.object({ from: languageCode("From", "en"), to: languageCode("To", "zh") }))
        .min(1, schemaMessage("Add at least one language pair."))
        .max(8, schemaMessage("At most 8 language pairs."))
        .default([{ from: "en", to: "zh" }])
        .meta({ title: "Language pairs" }),
      mode: choice("Mode", ["simultaneous", "consecutive"], "simultaneous"),
    }),
  },
  {
    id: "visual-qa",
    name: "What's ahead (visual Q&A)",
    description: "Answers questions about what the camera sees and warns about hazards.",
    icon: "eye",
    requires: ["camera", "mic", "speaker"],
    tools: ["web-search", "maps"],
    settings: z.object({
      capture: choice("Capture", ["on-request", "continuous"], "on-request"),
      framesPerSecond: wholeNumber("Frames per second (continuous)", 1, 10, 1),
      hazardWarnings: toggle("Hazard warnings", true),
      verbosity: choice("Answers", ["brief", "detailed"], "brief"),
    }),
  },
  {
    id: "meeting-minutes",
    name: "Meeting minutes",
    description: "Records meetings and writes minutes with decisions and action items.",
    icon: "clipboard-list",
    requires: ["mic"],
    tools: ["calendar", "notes", "reminders"],
    settings: z.object({
      style: choice("Minutes style", ["bullets", "narrative", "action-items"], "bullets"),
      speakerLabels: toggle("Label speakers", true),
      language: languageCode("Language", "en"),
    }),
  },
  {
    id: "baby-journal",
    name: "Baby journal",
    description: "Logs feeds, sleep and milestones by voice for new parents.",
    icon: "baby",
    requires: ["mic", "speaker"],
    tools: ["notes", "reminders", "timer"],
    settings: z.object({
      babyName: shortText("Baby's name", 40),
      track: choices("Track", ["feeding", "sleep", "diapers", "milestones"], ["feeding", "sleep", "milestones"], 1),
      dailySummary: timeOfDay("Daily summary at", "20:00"),
    }),
  },
  {
    id: "story-teller",
    name: "Story teller",
    description: "Tells and co-creates stories, adapted to the listener's age.",
    icon: "book-open",
    requires: ["speaker"],
    tools: ["music"],
    settings: z.object({
      ageRange: choice("Age range", AGE_RANGES, "6-8"),
      length: choice("Story length", ["short", "medium", "long"], "medium"),
      interactive: toggle("Let the listener choose what happens", true),
      themes: choices("Themes", ["adventure", "animals", "space", "fairy-tale", "science"], ["adventure", "animals"], 1),
    }),
  },
  {
    id: "homework-helper",
    name: "Homework helper",
    description: "Guides students through homework with hints rather than answers.",
    icon: "graduation-cap",
    requires: ["mic", "speaker"],
    tools: ["web-search", "notes", "timer"],
    settings: z.object({
      grade: wholeNumber("Grade", 1, 12, 4),
      subjects: choices("Subjects", ["math", "reading", "science", "languages", "history"], ["math", "reading", "science"], 1),
      giveAnswers: toggle("Give full answers", false, "Off: hints and questions only."),
    }),
  },
  {
    id: "language-tutor",
    name: "Language tutor",
    description: "Conversation practice with corrections at the learner's level.",
    icon: "message-circle",
    requires: ["mic", "speaker"],
    tools: ["timer", "notes"],
    settings: z.object({
      targetLanguage: languageCode("Language to learn", "es"),
      nativeLanguage: languageCode("Learner's language", "en"),
      level: choice("Level (CEFR)", ["A1", "A2", "B1", "B2", "C1", "C2"], "A2"),
      corrections: choice("Corrections", ["gentle", "every-mistake"], "gentle"),
      sessionMinutes: wholeNumber("Session length", 5, 60, 15, "minutes"),
    }),
  },
  {
    id: "wellness-checkin",
    name: "Wellness check-in",
    description: "A short daily conversation about mood, sleep and routines.",
    icon: "heart-pulse",
    requires: ["mic", "speaker"],
    tools: ["reminders", "calendar", "notes"],
    settings: z.object({
      checkInAt: timeOfDay("Check in at", "09:00"),
      topics: choices("Topics", ["mood", "sleep", "hydration", "medication", "activity"], ["mood", "sleep", "hydration"], 1),
      escalateOnDistress: toggle("Suggest help lines on distress", true),
    }),
  },
  {
    id: "navigation-assistant",
    name: "Navigation assistant",
    description: "Turn-by-turn guidance by voice, with what is around.",
    icon: "navigation",
    requires: ["mic", "speaker"],
    tools: ["maps", "weather"],
    settings: z.object({
      travelMode: choice("Travel mode", ["walking", "cycling", "driving", "transit"], "walking"),
      units: choice("Units", ["metric", "imperial"], "metric"),
      announceBeforeTurn: wholeNumber("Announce turns before", 10, 500, 50, "meters"),
    }),
  },
  {
    id: "smart-home-butler",
    name: "Smart-home butler",
    description: "Runs the home by voice: scenes, devices, routines.",
    icon: "lamp",
    requires: ["mic", "speaker"],
    tools: ["smart-home", "timer", "reminders", "weather", "calendar", "music"],
    settings: z.object({
      confirmActions: choice("Confirm before acting", ["never", "security-only", "always"], "security-only"),
      rooms: z.array(z.string().trim().min(1).max(40)).max(30).default(["living room", "kitchen", "bedroom"]).meta({ title: "Rooms" }),
    }),
  },
  {
    id: "music-dj",
    name: "Music DJ",
    description: "Picks music for the moment and talks between tracks.",
    icon: "disc-3",
    requires: ["speaker"],
    tools: ["music", "news", "weather"],
    settings: z.object({
      genres: choices("Favourite genres", ["pop", "rock", "jazz", "classical", "hip-hop", "electronic", "kids"], ["pop"], 1),
      djTalk: choice("Talk between tracks", ["none", "short", "chatty"], "short"),
      volumeLimit: wholeNumber("Volume limit", 10, 100, 80, "percent"),
    }),
  },
] as const satisfies readonly AgentDefinition[];

export type AgentId = (typeof AGENTS)[number]["id"];
