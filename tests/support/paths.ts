import { fileURLToPath } from "node:url";

export const TEST_DATA_DIR = fileURLToPath(new URL("../.data/", import.meta.url));
export const BASE_DATABASE = `${TEST_DATA_DIR}base.db`;
