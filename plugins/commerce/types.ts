export interface CommercePluginOptions {
  /**
   * Keeps the plugin's collections and fields (so the schema and migrations are the same
   * everywhere) but mounts no endpoints and starts no background work. Default: false.
   */
  disabled?: boolean
}
