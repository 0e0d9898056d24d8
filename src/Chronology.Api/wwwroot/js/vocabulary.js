// The API's enumerations, as it spells them.
export const eventTypes = ["attack", "siege", "liberation", "capture", "campaign", "massacre", "execution", "formation", "declaration", "pledgeOfAllegiance", "statement", "other"];
export const precisions = ["day", "month", "year"];
export const roles = ["initiator", "target", "supporter", "participant"];
export const placeKinds = ["country", "governorate", "region", "canton", "district", "city", "town", "village", "dam", "militaryBase", "river", "area"];
export const forceKinds = ["state", "stateArmy", "militia", "coalition", "jihadistGroup", "alliance", "council", "armedGroup"];
