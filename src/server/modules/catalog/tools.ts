import { z } from "zod";
import { choice, choices, shortText, toggle, wholeNumber } from "./fields";

/** MCP tools an agent can call. Which agents may use a tool is declared on the agent. */
export const TOOLS = [
  {
    id: "weather",
    name: "Weather",
    description: "Current conditions and forecasts for a place.",
    icon: "cloud-sun",
    settings: z.object({ units: choice("Units", ["metric", "imperial"], "metric"), defaultLocation: shortText("Default location", 80) }),
  },
  {
    id: "calendar",
    name: "Calendar",
    description: "Reads and creates events in the owner's calendar.",
    icon: "calendar",
    settings: z.object({ provider: choice("Provider", ["google", "outlook", "caldav"], "google"), readOnly: toggle("Read only", true) }),
  },
  {
    id: "reminders",
    name: "Reminders",
    description: "Sets and announces reminders.",
    icon: "bell",
    settings: z.object({ defaultLeadMinutes: wholeNumber("Default lead time", 0, 1440, 10, "minutes") }),
  },
  {
    id: "timer",
    name: "Timer",
    description: "Countdown timers and alarms.",
    icon: "timer",
    settings: z.object({ maxConcurrent: wholeNumber("Timers at once", 1, 10, 3) }),
  },
  {
    id: "web-search",
    name: "Web search",
    description: "Searches the web and cites sources.",
    icon: "search",
    settings: z.object({ safeSearch: choice("Safe search", ["strict", "moderate", "off"], "strict"), maxResults: wholeNumber("Results per search", 1, 10, 3) }),
  },
  {
    id: "maps",
    name: "Maps",
    description: "Places, routes and travel times.",
    icon: "map",
    settings: z.object({ provider: choice("Provider", ["openstreetmap", "google", "mapbox"], "openstreetmap"), units: choice("Units", ["metric", "imperial"], "metric") }),
  },
  {
    id: "music",
    name: "Music",
    description: "Plays music and playlists.",
    icon: "music",
    settings: z.object({ provider: choice("Provider", ["spotify", "apple-music", "on-device"], "on-device"), allowExplicit: toggle("Explicit content", false) }),
  },
  {
    id: "smart-home",
    name: "Smart home",
    description: "Controls lights, plugs, thermostats and locks.",
    icon: "house",
    settings: z.object({
      platform: choice("Platform", ["matter", "homekit", "alexa", "google-home"], "matter"),
      allowLocks: toggle("Allow door locks", false, "Locks and alarms need an explicit opt-in."),
    }),
  },
  {
    id: "notes",
    name: "Notes",
    description: "Saves and reads back notes.",
    icon: "notebook-pen",
    settings: z.object({ storage: choice("Storage", ["device", "cloud"], "cloud"), maxNoteLength: wholeNumber("Longest note", 100, 20_000, 2000, "characters") }),
  },
  {
    id: "news",
    name: "News",
    description: "Headlines and short briefings.",
    icon: "newspaper",
    settings: z.object({
      categories: choices("Categories", ["world", "business", "technology", "science", "sports", "culture"], ["world", "technology"], 1),
      maxHeadlines: wholeNumber("Headlines per briefing", 1, 10, 5),
    }),
  },
] as const;

export type ToolId = (typeof TOOLS)[number]["id"];
