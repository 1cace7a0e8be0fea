/** Ids of the context-menu entries and keyboard commands, shared by the manifest and the handlers. */
export const MENU_ADD_PAGE = 'add-page';
export const MENU_ADD_LINK = 'add-link';
export const MENU_ADD_SELECTION = 'add-selection';
export const COMMAND_ADD_PAGE = 'add-page';
export const MENU_OPEN_PANEL = 'open-panel';
export const COMMAND_OPEN_PANEL = 'open-side-panel';
