export * from "./auth";
export * from "./institutions";
export * from "./mail";
export * from "./networks";
export * from "./registrations";
export * from "./surveys";
export * from "./materials";
export * from "./digicoaches";
