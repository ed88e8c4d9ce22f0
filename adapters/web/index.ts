// Mount point of the web page, explore view, embed and static files (routes.tsx).
export { webRoutes } from "./routes.tsx";
