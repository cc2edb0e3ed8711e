export { Article } from './article'
export { Author } from './author'
export { Product } from './product'
export { Page } from './page'
