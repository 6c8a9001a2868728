import type { RouteConfig } from "@react-router/dev/routes";
import { flatRoutes } from "@react-router/fs-routes";

// The flat file convention of Remix v2: every file under app/routes keeps its name and URL.
export default flatRoutes() satisfies RouteConfig;
